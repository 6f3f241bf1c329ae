//! Two shared connectors behind the dispatcher, under one failover supervisor: the NVMe-oF
//! front end between the RC transport and controllers A and B (docs/ARCHITECTURE.md). This is the
//! simulated top of issues 5 and 6; each connector's links, work requests, READ data and counters
//! are its bundles `c0_*` / `c1_*`.

use super::connector::Connector;
use crate::bundles::connector_counters::ConnectorCounters;
use crate::bundles::controller_links::ControllerLinks;
use crate::bundles::work_request::WorkRequestSource;
use super::dispatcher::Dispatcher;
use super::failover_supervisor::FailoverSupervisor;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct ConnectorPair<const QP_BITS: usize, const SLOT_BITS: usize, const SLOT_WORD_BITS: usize, const SLOT_ADDRESS_BITS: usize, const BUFFER_ADDRESS_BITS: usize, const SLOTS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// Packets of host SEND messages in order per QP (the RC responder's output), with their DestQP.
    pub s_axis_tdata: Signal<In, Bits<64>>,
    pub s_axis_tkeep: Signal<In, Bits<8>>,
    pub s_axis_tlast: Signal<In, Bit>,
    pub s_axis_tvalid: Signal<In, Bit>,
    pub s_axis_tready: Signal<Out, Bit>,
    pub s_axis_qp: Signal<In, Bits<24>>,
    pub s_axis_message_end: Signal<In, Bit>,
    /// QP set-up: the dispatcher's map and both connectors' QP tables (the other connector's entry is switched off).
    pub cfg_valid: Signal<In, Bit>,
    pub cfg_ready: Signal<Out, Bit>,
    pub cfg_qp: Signal<In, Bits<QP_BITS>>,
    pub cfg_enable: Signal<In, Bit>,
    pub cfg_connector: Signal<In, Bit>,
    pub cfg_controller: Signal<In, Bit>,
    /// Controllers A (bit 0) and B: link state, heartbeat supervision, failback command.
    pub link_up: Signal<In, Bits<2>>,
    pub heartbeat_timeout: Signal<In, Bits<16>>,
    pub failback_request: Signal<In, Bit>,
    /// The back-end fence per controller (the array blocks a fenced controller's media access).
    pub fence_backend: Signal<Out, Bits<2>>,
    pub available: Signal<Out, Bits<2>>,
    pub failovers: Signal<Out, Bits<32>>,
    pub failbacks: Signal<Out, Bits<32>>,
    pub last_failover_cycles: Signal<Out, Bits<32>>,
    pub packets_dispatched: Signal<Out, Bits<32>>,
    pub packets_unknown_qp: Signal<Out, Bits<32>>,
    /// Would a capsule on QP `probe_qp` be refused now (every slot of the QP taken on the
    /// connector that serves it)? The RC responder's RNR decision.
    pub probe_qp: Signal<In, Bits<QP_BITS>>,
    pub probe_taken: Signal<Out, Bit>,
    /// Each connector's links to its controllers, work requests and counters.
    pub c0_links: ControllerLinks,
    pub c0_work: WorkRequestSource<QP_BITS>,
    pub c0_counters: ConnectorCounters,
    pub c1_links: ControllerLinks,
    pub c1_work: WorkRequestSource<QP_BITS>,
    pub c1_counters: ConnectorCounters,
    dispatcher: Dispatcher<QP_BITS, 1, 2>,
    connector_0: Connector<QP_BITS, SLOT_BITS, SLOT_WORD_BITS, SLOT_ADDRESS_BITS, BUFFER_ADDRESS_BITS, SLOTS>,
    connector_1: Connector<QP_BITS, SLOT_BITS, SLOT_WORD_BITS, SLOT_ADDRESS_BITS, BUFFER_ADDRESS_BITS, SLOTS>,
    supervisor: FailoverSupervisor<2>,
    cfg_take: Signal<Local, Bit>,
    acked_a: Signal<Local, Bits<2>>,
    acked_b: Signal<Local, Bits<2>>,
    bit_0: Constant<Bits<2>>,
    bit_1: Constant<Bits<2>>,
    zero_2: Constant<Bits<2>>,
}

impl<const QP_BITS: usize, const SLOT_BITS: usize, const SLOT_WORD_BITS: usize, const SLOT_ADDRESS_BITS: usize, const BUFFER_ADDRESS_BITS: usize, const SLOTS: usize> Default for ConnectorPair<QP_BITS, SLOT_BITS, SLOT_WORD_BITS, SLOT_ADDRESS_BITS, BUFFER_ADDRESS_BITS, SLOTS> {
    fn default() -> Self {
        // The derived sizes must follow from the primary ones (`crate::sizes` computes them).
        assert!(SLOT_ADDRESS_BITS == QP_BITS + SLOT_BITS && SLOTS == 1 << SLOT_ADDRESS_BITS, "ConnectorPair: a slot address is {{QP, slot}}");
        assert!(BUFFER_ADDRESS_BITS == SLOT_ADDRESS_BITS + SLOT_WORD_BITS, "ConnectorPair: a buffer address is {{slot, word}}");
        Self {
            clock: Default::default(),
            reset: Default::default(),
            s_axis_tdata: Default::default(),
            s_axis_tkeep: Default::default(),
            s_axis_tlast: Default::default(),
            s_axis_tvalid: Default::default(),
            s_axis_tready: Default::default(),
            s_axis_qp: Default::default(),
            s_axis_message_end: Default::default(),
            cfg_valid: Default::default(),
            cfg_ready: Default::default(),
            cfg_qp: Default::default(),
            cfg_enable: Default::default(),
            cfg_connector: Default::default(),
            cfg_controller: Default::default(),
            link_up: Default::default(),
            heartbeat_timeout: Default::default(),
            failback_request: Default::default(),
            fence_backend: Default::default(),
            available: Default::default(),
            failovers: Default::default(),
            failbacks: Default::default(),
            last_failover_cycles: Default::default(),
            packets_dispatched: Default::default(),
            packets_unknown_qp: Default::default(),
            c0_links: Default::default(),
            c0_work: Default::default(),
            c0_counters: Default::default(),
            c1_links: Default::default(),
            c1_work: Default::default(),
            c1_counters: Default::default(),
            probe_qp: Default::default(),
            probe_taken: Default::default(),
            dispatcher: Default::default(),
            connector_0: Default::default(),
            connector_1: Default::default(),
            supervisor: Default::default(),
            cfg_take: Default::default(),
            acked_a: Default::default(),
            acked_b: Default::default(),
            bit_0: Constant::new(1u64.to_bits()),
            bit_1: Constant::new(2u64.to_bits()),
            zero_2: Constant::new(0u64.to_bits()),
        }
    }
}

impl<const QP_BITS: usize, const SLOT_BITS: usize, const SLOT_WORD_BITS: usize, const SLOT_ADDRESS_BITS: usize, const BUFFER_ADDRESS_BITS: usize, const SLOTS: usize> Logic for ConnectorPair<QP_BITS, SLOT_BITS, SLOT_WORD_BITS, SLOT_ADDRESS_BITS, BUFFER_ADDRESS_BITS, SLOTS> {
    #[hdl_gen]
    fn update(&mut self) {
        self.dispatcher.clock.next = self.clock.val();
        self.dispatcher.reset.next = self.reset.val();
        self.connector_0.clock.next = self.clock.val();
        self.connector_0.reset.next = self.reset.val();
        self.connector_1.clock.next = self.clock.val();
        self.connector_1.reset.next = self.reset.val();
        self.supervisor.clock.next = self.clock.val();
        self.supervisor.reset.next = self.reset.val();
        // The slot probe: a QP is served by one connector; on the other all its slots are free.
        self.connector_0.probe_qp.next = self.probe_qp.val();
        self.connector_1.probe_qp.next = self.probe_qp.val();
        self.probe_taken.next = self.connector_0.probe_taken.val() | self.connector_1.probe_taken.val();
        // Host SENDs: through the dispatcher to the connector owning the QP.
        self.dispatcher.s_axis_tdata.next = self.s_axis_tdata.val();
        self.dispatcher.s_axis_tkeep.next = self.s_axis_tkeep.val();
        self.dispatcher.s_axis_tlast.next = self.s_axis_tlast.val();
        self.dispatcher.s_axis_tvalid.next = self.s_axis_tvalid.val();
        self.dispatcher.s_axis_qp.next = self.s_axis_qp.val();
        self.dispatcher.s_axis_message_end.next = self.s_axis_message_end.val();
        self.s_axis_tready.next = self.dispatcher.s_axis_tready.val();
        self.connector_0.s_axis_tdata.next = self.dispatcher.m_axis_tdata.val();
        self.connector_0.s_axis_tkeep.next = self.dispatcher.m_axis_tkeep.val();
        self.connector_0.s_axis_tlast.next = self.dispatcher.m_axis_tlast.val();
        self.connector_0.s_axis_qp.next = self.dispatcher.m_axis_qp.val();
        self.connector_0.s_axis_message_end.next = self.dispatcher.m_axis_message_end.val();
        self.connector_1.s_axis_tdata.next = self.dispatcher.m_axis_tdata.val();
        self.connector_1.s_axis_tkeep.next = self.dispatcher.m_axis_tkeep.val();
        self.connector_1.s_axis_tlast.next = self.dispatcher.m_axis_tlast.val();
        self.connector_1.s_axis_qp.next = self.dispatcher.m_axis_qp.val();
        self.connector_1.s_axis_message_end.next = self.dispatcher.m_axis_message_end.val();
        self.connector_0.s_axis_tvalid.next = self.dispatcher.m_axis_tvalid.val() & !self.dispatcher.m_axis_dest.val().any();
        self.connector_1.s_axis_tvalid.next = self.dispatcher.m_axis_tvalid.val() & self.dispatcher.m_axis_dest.val().any();
        self.dispatcher.m_axis_tready.next = self.zero_2.val();
        if self.connector_0.s_axis_tready.val() {
            self.dispatcher.m_axis_tready.next = self.bit_0.val();
        }
        if self.connector_1.s_axis_tready.val() {
            self.dispatcher.m_axis_tready.next = self.dispatcher.m_axis_tready.val() | self.bit_1.val();
        }
        // QP set-up: taken when both connectors are between events.
        self.cfg_ready.next = self.connector_0.cfg_ready.val() & self.connector_1.cfg_ready.val();
        self.cfg_take.next = self.cfg_valid.val() & self.connector_0.cfg_ready.val() & self.connector_1.cfg_ready.val();
        self.dispatcher.cfg_write.next = self.cfg_take.val();
        self.dispatcher.cfg_qp.next = self.cfg_qp.val();
        self.dispatcher.cfg_enable.next = self.cfg_enable.val();
        self.dispatcher.cfg_connector.next = bit_cast::<1, 1>(self.cfg_connector.val().into());
        self.connector_0.cfg_valid.next = self.cfg_take.val();
        self.connector_0.cfg_qp.next = self.cfg_qp.val();
        self.connector_0.cfg_controller.next = self.cfg_controller.val();
        self.connector_1.cfg_valid.next = self.cfg_take.val();
        self.connector_1.cfg_qp.next = self.cfg_qp.val();
        self.connector_1.cfg_controller.next = self.cfg_controller.val();
        self.connector_0.cfg_enable.next = self.cfg_enable.val() & !self.cfg_connector.val();
        self.connector_1.cfg_enable.next = self.cfg_enable.val() & self.cfg_connector.val();
        // Failover: one decision for both connectors.
        self.supervisor.link_up.next = self.link_up.val();
        self.supervisor.heartbeat_timeout.next = self.heartbeat_timeout.val();
        self.supervisor.failback_request.next = self.failback_request.val();
        self.supervisor.heard.next = self.connector_0.heard.val() | self.connector_1.heard.val();
        self.supervisor.work_from.next = self.connector_0.work_from.val() | self.connector_1.work_from.val();
        self.acked_a.next = self.zero_2.val();
        self.acked_b.next = self.zero_2.val();
        if self.connector_0.fence_acked.val().get_bit(0) {
            self.acked_a.next = self.acked_a.val() | self.bit_0.val();
        }
        if self.connector_0.fence_acked.val().get_bit(1) {
            self.acked_b.next = self.acked_b.val() | self.bit_0.val();
        }
        if self.connector_1.fence_acked.val().get_bit(0) {
            self.acked_a.next = self.acked_a.val() | self.bit_1.val();
        }
        if self.connector_1.fence_acked.val().get_bit(1) {
            self.acked_b.next = self.acked_b.val() | self.bit_1.val();
        }
        self.supervisor.fence_acked_a.next = self.acked_a.val();
        self.supervisor.fence_acked_b.next = self.acked_b.val();
        self.connector_0.link_up.next = self.link_up.val();
        self.connector_0.fenced.next = self.supervisor.fenced.val();
        self.connector_0.available.next = self.supervisor.available.val();
        self.connector_0.fail_start.next = self.supervisor.fail_start.val();
        self.connector_0.fence_request.next = self.supervisor.fence_request.val();
        self.connector_0.readmit.next = self.supervisor.readmit.val();
        self.connector_0.failback.next = self.supervisor.failback.val();
        self.connector_1.link_up.next = self.link_up.val();
        self.connector_1.fenced.next = self.supervisor.fenced.val();
        self.connector_1.available.next = self.supervisor.available.val();
        self.connector_1.fail_start.next = self.supervisor.fail_start.val();
        self.connector_1.fence_request.next = self.supervisor.fence_request.val();
        self.connector_1.readmit.next = self.supervisor.readmit.val();
        self.connector_1.failback.next = self.supervisor.failback.val();
        self.fence_backend.next = self.supervisor.fenced.val();
        self.available.next = self.supervisor.available.val();
        self.failovers.next = self.supervisor.failovers.val();
        self.failbacks.next = self.supervisor.failbacks.val();
        self.last_failover_cycles.next = self.supervisor.last_failover_cycles.val();
        self.packets_dispatched.next = self.dispatcher.packets_dispatched.val();
        self.packets_unknown_qp.next = self.dispatcher.packets_unknown_qp.val();
        // Each connector's own ports.
        ControllerLinks::link(&mut self.c0_links, &mut self.connector_0.links);
        WorkRequestSource::<QP_BITS>::link(&mut self.c0_work, &mut self.connector_0.work);
        ConnectorCounters::link(&mut self.c0_counters, &mut self.connector_0.counters);
        ControllerLinks::link(&mut self.c1_links, &mut self.connector_1.links);
        WorkRequestSource::<QP_BITS>::link(&mut self.c1_work, &mut self.connector_1.work);
        ConnectorCounters::link(&mut self.c1_counters, &mut self.connector_1.counters);
    }
}
