//! RustHDL sources of the NIC and power manager.
//!
//! Every block is plain RustHDL; [`tops`] lists the designs that are emitted as Verilog,
//! linted, synthesised and verilated, and [`emit`] turns one into Verilog plus a port manifest.

pub mod board;
pub mod bridge;
pub mod bundles;
pub mod constant;
pub mod control_plane;
pub mod counter_crossing;
pub mod counters;
pub mod emit;
pub mod handshake_crossing;
pub mod link;
pub mod mac;
pub mod nic;
pub mod nic_device;
pub mod nvme;
pub mod power;
pub mod registers;
pub mod roce;
pub mod sizes;
pub mod stream;
pub mod toolchain;
pub mod tops;
