//! The boards and their designs, which `nicctl build` turns into bitstreams (docs/board.md): the
//! Alchitry Cu (iCE40-HX8K, CB132, 100 MHz oscillator) and the ULX3S (ECP5-85F, CABGA381, 25 MHz).
//!
//! The boards have no Ethernet PHY and no controller links, so the datapath is driven by on-chip
//! self-tests whose frames and expectations come from the reference models. The NIC core is
//! twice the HX8K, so the Cu carries the product's control plane (UART register bridge, power
//! sequencer) with the receive self-test ([`self_test_image`]), and the ULX3S the whole-path
//! self-test ([`nic_self_test`]: parser to builder, loopback controllers, a failover).

pub mod alchitry_cu;
pub mod colorlight_i9;
pub mod ecp5_io;
pub mod ecp5_pll;
pub mod ethernet_nic;
pub mod loopback_controller;
pub mod loopback_pair;
pub mod nic_self_test;
pub mod nic_self_test_image;
pub mod power_on_reset;
pub mod rx_self_test;
pub mod self_test_image;
pub mod self_test_qps;
pub mod self_test_registers;
pub mod ulx3s;

/// The board's oscillator.
pub const OSCILLATOR_HZ: u64 = 100_000_000;
/// The core clock the PLL makes from it: the receive parser closes timing here on the HX8K
/// (report.json of `nicctl build` says by how much).
pub const CORE_CLOCK_HZ: u64 = 50_000_000;
/// The register bridge's serial rate on every board, and what `nicctl --device serial:PORT`
/// opens the port at: 1 Mbaud, an exact divisor of the FTDI FT2232H's 3 MHz base and 50 clocks
/// per bit at the Cu's 50 MHz core clock.
pub const UART_BAUD: u64 = 1_000_000;
/// The parser's configuration on the board: the default P_Key and a 1 KiB path MTU.
pub const SELF_TEST_PKEY: u16 = crate::roce::wire::DEFAULT_PKEY;
pub const SELF_TEST_PATH_MTU: u64 = 1024;
