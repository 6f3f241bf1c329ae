//! The Alchitry Cu board (iCE40-HX8K, CB132, 100 MHz oscillator): the design `nicctl build
//! --board alchitry-cu` turns into a bitstream (docs/board.md).
//!
//! The board has no Ethernet PHY and no controller links, so the datapath is driven by an
//! on-chip self-test whose frames and expected verdicts come from the reference models
//! ([`self_test_image`]); the control plane (UART register bridge, power sequencer) is the
//! product's own.

pub mod alchitry_cu;
pub mod loopback_controller;
pub mod nic_self_test;
pub mod nic_self_test_image;
pub mod rx_self_test;
pub mod self_test_image;
pub mod self_test_registers;

/// The board's oscillator.
pub const OSCILLATOR_HZ: u64 = 100_000_000;
/// The core clock the PLL makes from it: the receive parser closes timing here on the HX8K
/// (report.json of `nicctl build` says by how much).
pub const CORE_CLOCK_HZ: u64 = 50_000_000;
/// The serial port's rate (the FTDI bridge on the board).
pub const UART_BAUD: u64 = 115_200;
/// The parser's configuration on the board: the default P_Key and a 1 KiB path MTU.
pub const SELF_TEST_PKEY: u16 = crate::roce::wire::DEFAULT_PKEY;
pub const SELF_TEST_PATH_MTU: u64 = 1024;
