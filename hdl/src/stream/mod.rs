//! Valid/ready streams: the AXI-Stream beat and the register slices between blocks.

pub mod async_frame_fifo;
pub mod axis;
pub mod keep_mask;
pub mod ping_pong_buffer;
pub mod skid_buffer;
