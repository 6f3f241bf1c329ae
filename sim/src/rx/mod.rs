//! The receive parser's testbench: RoCEv2 frames (valid ones of every opcode, and corrupted
//! ones), and a Verilator run of the RTL against the reference model.

pub mod frames;
pub mod testbench;
pub mod measure;
