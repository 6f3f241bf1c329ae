//! Testbench of the power sequencer: the board and BIOS around it, seeded random trouble on every
//! input, the reference model compared every cycle, and the design's properties as monitors.

pub mod testbench;
pub mod dut;
pub mod environment;
pub mod measure;
pub mod properties;

use nic_hdl::power::config::{BOARD_PROTECTED_RAILS, BOARD_RAILS};

pub const RAILS: usize = BOARD_RAILS.len();
pub const PROTECTED: usize = BOARD_PROTECTED_RAILS;
pub const PROTECTED_MASK: u32 = (1 << PROTECTED) - 1;
