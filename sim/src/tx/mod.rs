//! The builder's testbench: seeded packets (descriptor + payload stream) and a harness that
//! compares the verilated builder with the reference model.

pub mod harness;
pub mod measure;
pub mod packets;
