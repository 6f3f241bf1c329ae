//! Valid/ready streams: the AXI-Stream beat and the register slices between blocks.

pub mod axis;
pub mod keep_mask;
pub mod skid_buffer;
