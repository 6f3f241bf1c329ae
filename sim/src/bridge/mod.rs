//! The control plane's testbench pieces: the host's UART line and the bench that runs the
//! verilated control plane beside its models.

pub mod testbench;
pub mod device;
pub mod uart;
