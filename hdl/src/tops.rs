//! The designs emitted as Verilog: each one is linted, synthesised, committed under
//! `hdl/verilog/` and verilated by `sim/`. Add a block here when it gets its own testbench.

use crate::board::alchitry_cu::{AlchitryCu, AlchitryCuCore};
use crate::board::colorlight_i9::{ColorlightI9, ColorlightI9Core};
use crate::board::ecp5_io::IoModel;
use crate::board::ethernet_nic::ETHERNET_NIC_BLOCKS;
use crate::board::ulx3s::Ulx3s;
use crate::control_plane::ControlPlane;
use crate::registers::map::{Block, NVME};
use crate::mac::ethernet_mac::EthernetMac;
use crate::mac::gmii_rx::GmiiRx;
use crate::mac::gmii_tx::GmiiTx;
use crate::mac::rgmii::Rgmii;
use crate::emit::{emit, Design, EmitError};
use crate::nic::dispatcher::Dispatcher;
use crate::nic_device::NicDevice;
use crate::power::config::{PowerTimers, BOARD_PROTECTED_RAILS, BOARD_RAILS};
use crate::power::sequencer::PowerSequencer;
use crate::roce::rc_requester::RcRequester;
use crate::roce::rc_responder::RcResponder;
use crate::roce::rx_parser::RxParser;
use crate::roce::tx_builder::TxBuilder;
use crate::stream::axis::AxisSkidBuffer;
use crate::stream::skid_buffer::SkidBuffer;
use rust_hdl::prelude::*;

/// Width of the wide register slice: the size class of the parser's header descriptor, and not a
/// multiple of 32 so the bridge's handling of partial words stays exercised.
pub const WIDE_SKID_BITS: usize = 200;

pub type WideSkidBuffer = SkidBuffer<Bits<WIDE_SKID_BITS>>;

/// QPs of the transport blocks' simulation tops (index bits): 16 QPs.
pub const SIM_QP_BITS: usize = 4;

/// The requester's simulation top: 4 QPs, 8 message slots and an 8 KiB replay ring (2^10 words) each.
pub const SIM_REQUESTER_QP_BITS: usize = 2;
pub const SIM_REQUESTER_RING_BITS: usize = 10;
pub type SimRcRequester = RcRequester<
    SIM_REQUESTER_QP_BITS,
    { 1 << SIM_REQUESTER_QP_BITS },
    { SIM_REQUESTER_QP_BITS + 3 },
    { SIM_REQUESTER_QP_BITS + SIM_REQUESTER_RING_BITS },
>;

/// Eight rails (a rail index is three bits), 32-bit timers (up to 42 s at 100 MHz).
pub type BoardPowerSequencer = PowerSequencer<{ BOARD_RAILS.len() }, 3, 32>;

/// Widths of the formal configuration (the property wrapper is told them too).
pub const FORMAL_RAIL_BITS: usize = 3;
pub const FORMAL_TIMER_BITS: usize = 4;

/// The same logic with 4-bit timers: the formal timers fit, and the solver's problem stays small.
pub type FormalPowerSequencer = PowerSequencer<{ BOARD_RAILS.len() }, FORMAL_RAIL_BITS, FORMAL_TIMER_BITS>;

/// The power sequencer with the board's rails and the given timers.
pub fn power_sequencer(timers: &PowerTimers) -> BoardPowerSequencer {
    PowerSequencer::new(BOARD_PROTECTED_RAILS, timers)
}

/// UART clocks per bit of the simulation control plane: fast enough for many frames per test.
pub const SIM_UART_CLOCKS_PER_BIT: u32 = 8;

/// The control plane as simulated: simulation power timers, an 8-clock UART bit, no clock rate;
/// `blocks` on its external bus port.
pub fn sim_control_plane(blocks: &[Block]) -> ControlPlane {
    ControlPlane::new(&PowerTimers::simulation(), SIM_UART_CLOCKS_PER_BIT, 0, blocks)
}

/// The dispatcher as simulated: 16 QPs, 4 connectors.
pub const SIM_DISPATCH_QP_BITS: usize = 4;
pub type SimDispatcher = Dispatcher<SIM_DISPATCH_QP_BITS, 2, 4>;

// The connector and core tops' sizes: one named configuration each, in `sizes`.
pub use crate::sizes::{SimConnectorPair, SimNicCore, SimNicDevice, SmallNicCore};

pub use crate::board::nic_self_test::BoardNicSelfTest;

/// The simulated device: the simulation control plane with the connectors and their registers.
pub fn sim_nic_device() -> SimNicDevice {
    NicDevice::new(sim_control_plane(&[NVME]))
}

/// How to build one top.
pub type TopBuilder = fn() -> Result<Design, EmitError>;

/// Every top by name, in a stable order.
pub fn catalogue() -> Vec<(&'static str, TopBuilder)> {
    vec![
        ("axis_skid_buffer", || emit("axis_skid_buffer", &mut AxisSkidBuffer::default())),
        ("wide_skid_buffer", || emit("wide_skid_buffer", &mut WideSkidBuffer::default())),
        // The board's timers (100 MHz); the same logic with small timers for simulation and proofs.
        ("power_sequencer", || emit("power_sequencer", &mut power_sequencer(&PowerTimers::board()))),
        ("power_sequencer_sim", || emit("power_sequencer_sim", &mut power_sequencer(&PowerTimers::simulation()))),
        ("power_sequencer_formal", || emit("power_sequencer_formal", &mut FormalPowerSequencer::new(BOARD_PROTECTED_RAILS, &PowerTimers::formal()))),
        ("rx_parser", || emit("rx_parser", &mut RxParser::default())),
        ("tx_builder", || emit("tx_builder", &mut TxBuilder::default())),
        ("rc_responder", || emit("rc_responder", &mut RcResponder::<SIM_QP_BITS>::default())),
        ("rc_requester", || emit("rc_requester", &mut SimRcRequester::default())),
        ("control_plane", || emit("control_plane", &mut sim_control_plane(&[]))),
        ("dispatcher", || emit("dispatcher", &mut SimDispatcher::default())),
        // The MAC's transmitter, line side (issue 27).
        ("gmii_tx", || emit("gmii_tx", &mut GmiiTx::default())),
        // The MAC's receiver, line side (issue 27).
        ("gmii_rx", || emit("gmii_rx", &mut GmiiRx::default())),
        // The whole MAC on GMII with its clock crossings: three clocks (issue 27).
        ("ethernet_mac", || emit("ethernet_mac", &mut EthernetMac::default())),
        // GMII to RGMII at the pins, with the behavioural models of the ECP5 I/O primitives.
        ("rgmii", || emit("rgmii", &mut Rgmii::default())),
        // The Colorlight i9's NIC on its RGMII port, with the I/O primitives' models (issue 27).
        ("colorlight_i9_core", || emit("colorlight_i9_core", &mut ColorlightI9Core::new(IoModel::Behavioural, sim_control_plane(&ETHERNET_NIC_BLOCKS)))),
        ("connector_pair", || emit("connector_pair", &mut SimConnectorPair::default())),
        ("nic_device", || emit("nic_device", &mut sim_nic_device())),
        ("nic_core", || emit("nic_core", &mut SimNicCore::default())),
        ("nic_core_small", || emit("nic_core_small", &mut SmallNicCore::default())),
        // Everything of the Alchitry Cu's bitstream but the PLL (docs/board.md).
        ("alchitry_cu_core", || emit("alchitry_cu_core", &mut AlchitryCuCore::board())),
        // The whole datapath between host frames from ROM and a checker (docs/board.md).
        ("nic_self_test", || emit("nic_self_test", &mut BoardNicSelfTest::committed())),
        // The ULX3S's bitstream top: the whole-path self-test on the ECP5 (no vendor primitive).
        ("ulx3s", || emit("ulx3s", &mut Ulx3s::board())),
    ]
}

/// The Alchitry Cu's bitstream top (PLL and reset included): built by `nicctl build`, not
/// verilated (the PLL is a vendor primitive).
pub fn alchitry_cu() -> Result<Design, EmitError> {
    on_large_stack(|| emit("alchitry_cu", &mut AlchitryCu::board()))
}

/// The Colorlight i9's bitstream top: its ECP5 PLL and I/O primitives have no Verilator model,
/// so it is linted and built, not verilated (`colorlight_i9_core` is everything else).
pub fn colorlight_i9() -> Result<Design, EmitError> {
    on_large_stack(|| emit("colorlight_i9", &mut ColorlightI9::default()))
}

/// Stack for building a top: the board tops are large values, built by value through a dozen
/// `new()`s, and an unoptimised build keeps every copy on the stack (the Colorlight i9 needs
/// over 2 MiB, a test thread's default).
const BUILD_STACK_BYTES: usize = 64 << 20;

/// Runs `build` on a thread of its own with `BUILD_STACK_BYTES` of stack; a panic in it is
/// passed on.
fn on_large_stack<T: Send>(build: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|scope| {
        let builder = std::thread::Builder::new().name("build-top".into()).stack_size(BUILD_STACK_BYTES);
        let handle = builder.spawn_scoped(scope, build).expect("the system refuses a thread to build a top on");
        handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

/// Every top, in a stable order.
pub fn all() -> Result<Vec<Design>, EmitError> {
    catalogue().into_iter().map(|(_, build)| on_large_stack(build)).collect()
}

/// The named tops (all when `names` is empty); an unknown name is an error naming the known ones.
pub fn selected(names: &[String]) -> Result<Vec<Design>, EmitError> {
    let catalogue = catalogue();
    if let Some(unknown) = names.iter().find(|n| !catalogue.iter().any(|(name, _)| name == n)) {
        let known: Vec<&str> = catalogue.iter().map(|(name, _)| *name).collect();
        return Err(EmitError { module: unknown.clone(), reason: format!("no such top (known: {})", known.join(", ")) });
    }
    catalogue.into_iter().filter(|(name, _)| names.is_empty() || names.iter().any(|n| n == name)).map(|(_, build)| on_large_stack(build)).collect()
}
