//! The builder's testbench: seeded packets (descriptor + payload stream) and a run that
//! compares the verilated builder with the reference model.

pub mod testbench;
pub mod measure;
pub mod packets;
