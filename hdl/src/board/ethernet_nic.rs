//! The NIC on a real Ethernet port (issue 27): the core's small configuration (`SmallNicCore`)
//! with its host stream on the gigabit MAC, and a [`LoopbackPair`] of controllers on each
//! connector's links (the on-chip controllers of the self-tests; docs/mac.md says why).
//!
//! At reset the core is held for a few cycles, then the board's two QPs are set up from
//! `NIC_SELF_TEST_QPS` (the same QPs, addresses and PSNs as the whole-path self-test, so its
//! image is a valid exchange on the wire too); from then on frames from the line reach the core
//! and its frames leave on the line. `pull_link_a` takes controller A's link down (a board
//! button, or a testbench), so the QPs on A fail over to B.
//!
//! The control plane (`ControlPlane`: the UART register bridge) reaches the core through the
//! `nvme` register block — state, counters, `LINK_ADMIN_DOWN` (a failover from software),
//! failback, the heartbeat timeout — and the `roce` block (the transport's counters), and the
//! MAC through the `mac` block. The QPs are the
//! board's own, so `nvme.QP_CONFIG` writes are refused and `QP_MAP` shows the board's. The board
//! has no power rails: the power sequencer's inputs say external power is good and each rail's
//! power-good follows its enable, so `power` reads as a sequencer with nothing to switch.

use super::loopback_pair::LoopbackPair;
use super::nic_self_test::SelfTestPhase;
use super::nic_self_test::NIC_SELF_TEST_QPS;
use super::self_test_qps::SelfTestQps;
use crate::bundles::connector_counters::ConnectorCounters;
use crate::bundles::controller_links::ControllerLinks;
use crate::bundles::roce_counters::RoceCounters;
use crate::constant::constant;
use crate::control_plane::ControlPlane;
use crate::mac::ethernet_mac::EthernetMac;
use crate::mac::mac_registers::MacRegisters;
use crate::nic::nvme_registers::NvmeRegisters;
use crate::nic::roce_registers::RoceRegisters;
use crate::registers::map::{Block, MAC, NVME, ROCE};
use crate::sizes::{small_core, SmallNicCore};
use rust_hdl::prelude::*;

/// The register blocks on the control plane's bus.
pub const ETHERNET_NIC_BLOCKS: [Block; 3] = [NVME, MAC, ROCE];

/// Core cycles the core is held in reset before its QPs are set up.
const RESET_CYCLES: u64 = 15;

#[derive(LogicBlock)]
pub struct EthernetNic {
    /// The core's clock; the MAC's line clocks (see [`EthernetMac`]).
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub rx_clock: Signal<In, Clock>,
    pub rx_reset: Signal<In, Bit>,
    pub tx_clock: Signal<In, Clock>,
    pub tx_reset: Signal<In, Bit>,
    pub gmii_rxd: Signal<In, Bits<8>>,
    pub gmii_rx_dv: Signal<In, Bit>,
    pub gmii_rx_er: Signal<In, Bit>,
    pub gmii_txd: Signal<Out, Bits<8>>,
    pub gmii_tx_en: Signal<Out, Bit>,
    pub gmii_tx_er: Signal<Out, Bit>,
    /// The serial port of the register bridge (core domain; `uart_rx` is synchronised inside).
    pub uart_rx: Signal<In, Bit>,
    pub uart_tx: Signal<Out, Bit>,
    /// Controller A's link is down while this is high (core domain).
    pub pull_link_a: Signal<In, Bit>,
    /// The QPs are set up: the NIC serves the line.
    pub ready: Signal<Out, Bit>,
    pub failovers: Signal<Out, Bits<32>>,
    pub rx_frames: Signal<Out, Bits<32>>,
    pub rx_fcs_errors: Signal<Out, Bits<32>>,
    pub tx_frames: Signal<Out, Bits<32>>,
    core: SmallNicCore,
    /// The NIC's addresses and QPs, as the core's set-up values.
    qps: SelfTestQps,
    mac: EthernetMac,
    controllers_0: LoopbackPair,
    controllers_1: LoopbackPair,
    control: ControlPlane,
    nvme: NvmeRegisters<{ small_core::QP_BITS }>,
    mac_registers: MacRegisters,
    roce_registers: RoceRegisters<{ small_core::QPS }>,
    phase: DFF<SelfTestPhase>,
    hold: DFF<Bits<4>>,
    /// Which of the two QPs is being set up.
    cfg_index: DFF<Bit>,
    reset_cycles: Constant<Bits<4>>,
    hold_step: Constant<Bits<4>>,
    hold_start: Constant<Bits<4>>,
    /// `nvme.QP_MAP` of the board's QPs.
    qp_map: Constant<Bits<64>>,
    no_address: Constant<Bits<16>>,
    no_data: Constant<Bits<32>>,
    /// `link_up` bits: controller A, controller B.
    link_a: Constant<Bits<2>>,
    link_b: Constant<Bits<2>>,
}

/// `nvme.QP_MAP` of the board's QPs: a nibble per QP (ENABLE, CONNECTOR, CONTROLLER).
fn board_qp_map() -> u64 {
    NIC_SELF_TEST_QPS.iter().map(|q| (1 | (q.connector as u64) << 1 | (q.controller as u64) << 2) << (4 * q.qp as u64)).fold(0, |map, nibble| map | nibble)
}

impl EthernetNic {
    /// `control`: the register bridge's control plane, at the board's clock and baud rate.
    pub fn new(control: ControlPlane) -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            rx_clock: Default::default(),
            rx_reset: Default::default(),
            tx_clock: Default::default(),
            tx_reset: Default::default(),
            gmii_rxd: Default::default(),
            gmii_rx_dv: Default::default(),
            gmii_rx_er: Default::default(),
            gmii_txd: Default::default(),
            gmii_tx_en: Default::default(),
            gmii_tx_er: Default::default(),
            uart_rx: Default::default(),
            uart_tx: Default::default(),
            pull_link_a: Default::default(),
            ready: Default::default(),
            failovers: Default::default(),
            rx_frames: Default::default(),
            rx_fcs_errors: Default::default(),
            tx_frames: Default::default(),
            core: Default::default(),
            qps: Default::default(),
            mac: Default::default(),
            controllers_0: Default::default(),
            controllers_1: Default::default(),
            control,
            nvme: Default::default(),
            mac_registers: Default::default(),
            roce_registers: Default::default(),
            phase: Default::default(),
            hold: Default::default(),
            cfg_index: Default::default(),
            reset_cycles: constant(RESET_CYCLES),
            hold_step: constant(1),
            hold_start: constant(0),
            qp_map: constant(board_qp_map()),
            no_address: constant(0),
            no_data: constant(0),
            link_a: constant(1),
            link_b: constant(2),
        }
    }
}

impl Logic for EthernetNic {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, phase, hold, cfg_index);
        clock!(self, clock, core, controllers_0, controllers_1, control, nvme, mac_registers, roce_registers);
        self.ready.next = self.phase.q.val() == SelfTestPhase::Running;

        // The MAC: line clocks from the board, the core's stream on the core's clock.
        self.mac.clock.next = self.clock.val();
        self.mac.reset.next = self.reset.val();
        self.mac.rx_clock.next = self.rx_clock.val();
        self.mac.rx_reset.next = self.rx_reset.val();
        self.mac.tx_clock.next = self.tx_clock.val();
        self.mac.tx_reset.next = self.tx_reset.val();
        self.mac.gmii_rxd.next = self.gmii_rxd.val();
        self.mac.gmii_rx_dv.next = self.gmii_rx_dv.val();
        self.mac.gmii_rx_er.next = self.gmii_rx_er.val();
        self.gmii_txd.next = self.mac.gmii_txd.val();
        self.gmii_tx_en.next = self.mac.gmii_tx_en.val();
        self.gmii_tx_er.next = self.mac.gmii_tx_er.val();
        self.core.s_axis_rx_tdata.next = self.mac.m_axis_tdata.val();
        self.core.s_axis_rx_tkeep.next = self.mac.m_axis_tkeep.val();
        self.core.s_axis_rx_tlast.next = self.mac.m_axis_tlast.val();
        // The MAC passes good frames only.
        self.core.s_axis_rx_tuser.next = false;
        // Nothing reaches the core before its QPs are set up: the MAC holds (or overflows).
        self.core.s_axis_rx_tvalid.next = self.mac.m_axis_tvalid.val() & self.ready.val();
        self.mac.m_axis_tready.next = self.core.s_axis_rx_tready.val() & self.ready.val();
        self.mac.s_axis_tdata.next = self.core.m_axis_tx_tdata.val();
        self.mac.s_axis_tkeep.next = self.core.m_axis_tx_tkeep.val();
        self.mac.s_axis_tlast.next = self.core.m_axis_tx_tlast.val();
        self.mac.s_axis_tvalid.next = self.core.m_axis_tx_tvalid.val();
        self.core.m_axis_tx_tready.next = self.mac.s_axis_tready.val();
        self.rx_frames.next = self.mac.rx_frames.val();
        self.rx_fcs_errors.next = self.mac.rx_fcs_errors.val();
        self.tx_frames.next = self.mac.tx_frames.val();

        // The controllers.
        self.core.reset.next = self.reset.val() | (self.phase.q.val() == SelfTestPhase::Resetting);
        self.controllers_0.reset.next = self.core.reset.val();
        self.controllers_1.reset.next = self.core.reset.val();
        ControllerLinks::join(&mut self.core.c0_links, &mut self.controllers_0.links);
        ControllerLinks::join(&mut self.core.c1_links, &mut self.controllers_1.links);
        self.nvme.link_up_pins.next = self.link_a.val() | self.link_b.val();
        if self.pull_link_a.val() {
            self.nvme.link_up_pins.next = self.link_b.val();
        }
        self.failovers.next = self.core.failovers.val();

        // The control plane, and its register blocks for the core and the MAC.
        self.control.reset.next = self.reset.val();
        self.control.uart_rx.next = self.uart_rx.val();
        self.uart_tx.next = self.control.uart_tx.val();
        self.control.direct_enable.next = false;
        self.control.direct_request.next = false;
        self.control.direct_write.next = false;
        self.control.direct_address.next = self.no_address.val();
        self.control.direct_write_data.next = self.no_data.val();
        self.control.ac_ok.next = true;
        self.control.orderly_shutdown.next = false;
        self.control.backup_ok.next = true;
        self.control.pg.next = self.control.rail_en.val();
        self.control.bios_vault_done.next = false;
        self.control.bios_vault_failed.next = false;
        self.control.power_button.next = false;
        self.nvme.reset.next = self.reset.val();
        self.nvme.bus_request.next = self.control.ext_request.val();
        self.nvme.bus_write.next = self.control.ext_write.val();
        self.nvme.bus_address.next = self.control.ext_address.val();
        self.nvme.bus_write_data.next = self.control.ext_write_data.val();
        self.mac_registers.reset.next = self.reset.val();
        self.mac_registers.bus_request.next = self.control.ext_request.val();
        self.mac_registers.bus_address.next = self.control.ext_address.val();
        // Each block answers only its own addresses and reads zero otherwise.
        self.roce_registers.reset.next = self.reset.val();
        self.roce_registers.bus_request.next = self.control.ext_request.val();
        self.roce_registers.bus_address.next = self.control.ext_address.val();
        self.control.ext_ack.next = self.nvme.bus_ack.val() | self.mac_registers.bus_ack.val() | self.roce_registers.bus_ack.val();
        self.control.ext_read_data.next =
            self.nvme.bus_read_data.val() | self.mac_registers.bus_read_data.val() | self.roce_registers.bus_read_data.val();
        self.nvme.fixed_qps.next = true;
        self.nvme.fixed_qp_map.next = self.qp_map.val();
        self.nvme.cfg_ready.next = self.core.cfg_ready.val();
        self.nvme.fenced.next = self.core.fence_backend.val();
        self.nvme.available.next = self.core.available.val();
        self.nvme.failovers.next = self.core.failovers.val();
        self.nvme.failbacks.next = self.core.failbacks.val();
        self.nvme.last_failover_cycles.next = self.core.last_failover_cycles.val();
        self.nvme.packets_dispatched.next = self.core.packets_dispatched.val();
        self.nvme.packets_unknown_qp.next = self.core.packets_unknown_qp.val();
        ConnectorCounters::join(&mut self.core.c0_counters, &mut self.nvme.c0_counters);
        ConnectorCounters::join(&mut self.core.c1_counters, &mut self.nvme.c1_counters);
        self.core.link_up.next = self.nvme.link_up.val();
        self.core.heartbeat_timeout.next = self.nvme.heartbeat_timeout.val();
        self.core.failback_request.next = self.nvme.failback.val();
        RoceCounters::<{ small_core::QPS }>::join(&mut self.core.roce_counters, &mut self.roce_registers.core);
        self.mac_registers.rx_clock.next = self.rx_clock.val();
        self.mac_registers.tx_clock.next = self.tx_clock.val();
        self.mac_registers.rx_frames.next = self.mac.rx_frames.val();
        self.mac_registers.rx_phy_errors.next = self.mac.rx_phy_errors.val();
        self.mac_registers.rx_runts.next = self.mac.rx_runts.val();
        self.mac_registers.rx_oversize.next = self.mac.rx_oversize.val();
        self.mac_registers.rx_fcs_errors.next = self.mac.rx_fcs_errors.val();
        self.mac_registers.rx_framing_errors.next = self.mac.rx_framing_errors.val();
        self.mac_registers.rx_overflows.next = self.mac.rx_overflows.val();
        self.mac_registers.tx_frames.next = self.mac.tx_frames.val();
        self.mac_registers.tx_underruns.next = self.mac.tx_underruns.val();
        self.mac_registers.tx_oversize.next = self.mac.tx_oversize.val();

        // The NIC's addresses and the QPs, set up one after the other once the core is out of reset.
        self.core.cfg_valid.next = false;
        self.core.cfg_enable.next = true;
        self.qps.index.next = self.cfg_index.q.val();
        self.core.local_mac.next = self.qps.local_mac.val();
        self.core.local_ip.next = self.qps.local_ip.val();
        self.core.local_qpn_base.next = self.qps.local_qpn_base.val();
        self.core.mtu_shift.next = self.qps.mtu_shift.val();
        self.core.timer_prescale.next = self.qps.timer_prescale.val();
        self.core.rnr_timer.next = self.qps.rnr_timer.val();
        self.core.cfg_timeout.next = self.qps.cfg_timeout.val();
        self.core.cfg_retry_limit.next = self.qps.cfg_retry_limit.val();
        self.core.cfg_qp.next = self.qps.cfg_qp.val();
        self.core.cfg_connector.next = self.qps.cfg_connector.val();
        self.core.cfg_controller.next = self.qps.cfg_controller.val();
        self.core.cfg_peer_mac.next = self.qps.cfg_peer_mac.val();
        self.core.cfg_peer_ip.next = self.qps.cfg_peer_ip.val();
        self.core.cfg_peer_qpn.next = self.qps.cfg_peer_qpn.val();
        self.core.cfg_rx_psn.next = self.qps.cfg_rx_psn.val();
        self.core.cfg_tx_psn.next = self.qps.cfg_tx_psn.val();
        match self.phase.q.val() {
            SelfTestPhase::Idle => {
                self.phase.d.next = SelfTestPhase::Resetting;
                self.hold.d.next = self.hold_start.val();
            }
            SelfTestPhase::Resetting => {
                self.hold.d.next = self.hold.q.val() + self.hold_step.val();
                if self.hold.q.val() == self.reset_cycles.val() {
                    self.phase.d.next = SelfTestPhase::Configuring;
                    self.cfg_index.d.next = false;
                }
            }
            SelfTestPhase::Configuring => {
                self.core.cfg_valid.next = self.core.counters_ready.val();
                if self.core.counters_ready.val() & self.core.cfg_ready.val() {
                    self.cfg_index.d.next = true;
                    if self.cfg_index.q.val() {
                        self.phase.d.next = SelfTestPhase::Running;
                    }
                }
            }
            _ => {}
        }
        if self.reset.val() {
            self.phase.d.next = SelfTestPhase::Idle;
        }
    }
}
