//! The NIC core: the RoCEv2 receive and transmit paths with the RC transport around the two
//! shared connectors (docs/ARCHITECTURE.md, docs/nic-core.md). Frames from the MAC go through the parser, the frame
//! queue (payload held until its ICRC verdict) and the router: a host's SEND packets through the
//! RC responder (ACK / NAK) and the dispatcher to the connector owning the QP; ACKs and READ
//! Responses to the RC requester. The connectors' work requests share the requester through the
//! arbiter; its packets and the responder's ACKs leave through the transmit multiplexer (each
//! QP's peer from a table) and the packet builder (ICRC generated).
//!
//! Set-up goes to every block at once: `cfg_ready` is high when all of them can take it.

use super::connector_pair::ConnectorPair;
use super::rx_frame_queue::RxFrameQueue;
use super::rx_router::RxRouter;
use super::tx_mux::{Peer, TxMux};
use super::wr_arbiter::WrArbiter;
use crate::bundles::connector_counters::ConnectorCounters;
use crate::bundles::controller_links::ControllerLinks;
use crate::bundles::roce_counters::RoceCounters;
use crate::bundles::work_request::WorkRequestSource;
use crate::roce::rc_requester::RcRequester;
use crate::roce::rc_responder::RcResponder;
use crate::roce::rx_parser::RxParser;
use crate::roce::tx_builder::TxBuilder;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct NicCore<const QP_BITS: usize, const QPS: usize, const SLOT_BITS: usize, const SLOT_WORD_BITS: usize, const SLOT_ADDRESS_BITS: usize, const BUFFER_ADDRESS_BITS: usize, const SLOTS: usize, const MESSAGE_ADDRESS_BITS: usize, const RING_ADDRESS_BITS: usize, const RX_RING_BITS: usize, const RX_POINTER_BITS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// Frames from the Ethernet MAC (no FCS; `tuser` = MAC error).
    pub s_axis_rx_tdata: Signal<In, Bits<64>>,
    pub s_axis_rx_tkeep: Signal<In, Bits<8>>,
    pub s_axis_rx_tlast: Signal<In, Bit>,
    pub s_axis_rx_tuser: Signal<In, Bit>,
    pub s_axis_rx_tvalid: Signal<In, Bit>,
    pub s_axis_rx_tready: Signal<Out, Bit>,
    /// Frames to the Ethernet MAC.
    pub m_axis_tx_tdata: Signal<Out, Bits<64>>,
    pub m_axis_tx_tkeep: Signal<Out, Bits<8>>,
    pub m_axis_tx_tlast: Signal<Out, Bit>,
    pub m_axis_tx_tvalid: Signal<Out, Bit>,
    pub m_axis_tx_tready: Signal<In, Bit>,
    /// The NIC's addresses; the path MTU (256 << `mtu_shift`) of every QP; the requester's timer tick (`timer_prescale` + 1 cycles) and the RNR NAK timer code.
    pub local_mac: Signal<In, Bits<48>>,
    pub local_ip: Signal<In, Bits<32>>,
    /// The NIC's QPN of QP 0: QP q answers to `local_qpn_base` + q (keep it at 2 or above).
    pub local_qpn_base: Signal<In, Bits<24>>,
    pub mtu_shift: Signal<In, Bits<3>>,
    pub timer_prescale: Signal<In, Bits<16>>,
    pub rnr_timer: Signal<In, Bits<5>>,
    /// QP set-up: the connector and home controller serving it, the host's end (MAC, IPv4, QP number), the host's first PSN (`rx_psn`) and the NIC's (`tx_psn`), the retransmit timeout (timer ticks) and retry limit. `cfg_enable` low takes the QP out of service.
    pub cfg_valid: Signal<In, Bit>,
    pub cfg_ready: Signal<Out, Bit>,
    pub cfg_qp: Signal<In, Bits<QP_BITS>>,
    pub cfg_enable: Signal<In, Bit>,
    pub cfg_connector: Signal<In, Bit>,
    pub cfg_controller: Signal<In, Bit>,
    pub cfg_peer_mac: Signal<In, Bits<48>>,
    pub cfg_peer_ip: Signal<In, Bits<32>>,
    pub cfg_peer_qpn: Signal<In, Bits<24>>,
    pub cfg_rx_psn: Signal<In, Bits<24>>,
    pub cfg_tx_psn: Signal<In, Bits<24>>,
    pub cfg_timeout: Signal<In, Bits<16>>,
    pub cfg_retry_limit: Signal<In, Bits<4>>,
    /// Failover (`connector_pair`): link state per controller, heartbeat timeout, the operator's failback, the back-end fence.
    pub link_up: Signal<In, Bits<2>>,
    pub heartbeat_timeout: Signal<In, Bits<16>>,
    pub failback_request: Signal<In, Bit>,
    pub fence_backend: Signal<Out, Bits<2>>,
    pub available: Signal<Out, Bits<2>>,
    pub failovers: Signal<Out, Bits<32>>,
    pub failbacks: Signal<Out, Bits<32>>,
    pub last_failover_cycles: Signal<Out, Bits<32>>,
    pub packets_dispatched: Signal<Out, Bits<32>>,
    pub packets_unknown_qp: Signal<Out, Bits<32>>,
    /// The transport counters, for the `roce` register block.
    pub roce_counters: RoceCounters<QPS>,
    /// The responder's and requester's counter banks have cleared themselves after reset.
    pub counters_ready: Signal<Out, Bit>,
    /// Each connector's links (from A, from B, to the controllers) and counters.
    pub c0_links: ControllerLinks,
    pub c0_counters: ConnectorCounters,
    pub c1_links: ControllerLinks,
    pub c1_counters: ConnectorCounters,
    parser: RxParser,
    frames: RxFrameQueue<RX_RING_BITS, RX_POINTER_BITS>,
    router: RxRouter<QP_BITS, QPS>,
    responder: RcResponder<QP_BITS>,
    connectors: ConnectorPair<QP_BITS, SLOT_BITS, SLOT_WORD_BITS, SLOT_ADDRESS_BITS, BUFFER_ADDRESS_BITS, SLOTS>,
    arbiter: WrArbiter<QP_BITS, QPS>,
    requester: RcRequester<QP_BITS, QPS, MESSAGE_ADDRESS_BITS, RING_ADDRESS_BITS>,
    transmit: TxMux<QP_BITS>,
    builder: TxBuilder,
    /// Bit q: QP q is in service; bit q of `owner`: it belongs to connector 1.
    enabled: DFF<Bits<QPS>>,
    owner: DFF<Bits<QPS>>,
    cfg_take: Signal<Local, Bit>,
    peer: Signal<Local, Peer>,
    qp_bit: Signal<Local, Bits<QPS>>,
    one_hot: Constant<Bits<QPS>>,
    mtu_base: Constant<Bits<13>>,
    all_partitions: Constant<Bits<16>>,
    zero_2: Constant<Bits<2>>,
    zero_6: Constant<Bits<6>>,
    zero_24: Constant<Bits<24>>,
    zero_32: Constant<Bits<32>>,
    no_qps: Constant<Bits<QPS>>,
}

impl<const QP_BITS: usize, const QPS: usize, const SLOT_BITS: usize, const SLOT_WORD_BITS: usize, const SLOT_ADDRESS_BITS: usize, const BUFFER_ADDRESS_BITS: usize, const SLOTS: usize, const MESSAGE_ADDRESS_BITS: usize, const RING_ADDRESS_BITS: usize, const RX_RING_BITS: usize, const RX_POINTER_BITS: usize> Default for NicCore<QP_BITS, QPS, SLOT_BITS, SLOT_WORD_BITS, SLOT_ADDRESS_BITS, BUFFER_ADDRESS_BITS, SLOTS, MESSAGE_ADDRESS_BITS, RING_ADDRESS_BITS, RX_RING_BITS, RX_POINTER_BITS> {
    fn default() -> Self {
        // The derived sizes must follow from the primary ones (`crate::sizes` computes them).
        assert!(QPS == 1 << QP_BITS, "NicCore: QPS is 2^QP_BITS");
        assert!(SLOT_ADDRESS_BITS == QP_BITS + SLOT_BITS && SLOTS == 1 << SLOT_ADDRESS_BITS, "NicCore: a slot address is {{QP, slot}}");
        assert!(BUFFER_ADDRESS_BITS == SLOT_ADDRESS_BITS + SLOT_WORD_BITS, "NicCore: a buffer address is {{slot, word}}");
        assert!(MESSAGE_ADDRESS_BITS > QP_BITS && RING_ADDRESS_BITS > QP_BITS, "NicCore: the requester's tables hold per-QP parts");
        assert!(RX_POINTER_BITS == RX_RING_BITS + 1, "NicCore: receive queue pointers are one bit wider than its address");
        Self {
            clock: Default::default(),
            reset: Default::default(),
            s_axis_rx_tdata: Default::default(),
            s_axis_rx_tkeep: Default::default(),
            s_axis_rx_tlast: Default::default(),
            s_axis_rx_tuser: Default::default(),
            s_axis_rx_tvalid: Default::default(),
            s_axis_rx_tready: Default::default(),
            m_axis_tx_tdata: Default::default(),
            m_axis_tx_tkeep: Default::default(),
            m_axis_tx_tlast: Default::default(),
            m_axis_tx_tvalid: Default::default(),
            m_axis_tx_tready: Default::default(),
            local_mac: Default::default(),
            local_ip: Default::default(),
            local_qpn_base: Default::default(),
            mtu_shift: Default::default(),
            timer_prescale: Default::default(),
            rnr_timer: Default::default(),
            cfg_valid: Default::default(),
            cfg_ready: Default::default(),
            cfg_qp: Default::default(),
            cfg_enable: Default::default(),
            cfg_connector: Default::default(),
            cfg_controller: Default::default(),
            cfg_peer_mac: Default::default(),
            cfg_peer_ip: Default::default(),
            cfg_peer_qpn: Default::default(),
            cfg_rx_psn: Default::default(),
            cfg_tx_psn: Default::default(),
            cfg_timeout: Default::default(),
            cfg_retry_limit: Default::default(),
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
            roce_counters: Default::default(),
            counters_ready: Default::default(),
            c0_links: Default::default(),
            c0_counters: Default::default(),
            c1_links: Default::default(),
            c1_counters: Default::default(),
            parser: Default::default(),
            frames: Default::default(),
            router: Default::default(),
            responder: Default::default(),
            connectors: Default::default(),
            arbiter: Default::default(),
            requester: Default::default(),
            transmit: Default::default(),
            builder: Default::default(),
            enabled: Default::default(),
            owner: Default::default(),
            cfg_take: Default::default(),
            peer: Default::default(),
            qp_bit: Default::default(),
            one_hot: Constant::new(1u64.to_bits()),
            mtu_base: Constant::new(256u64.to_bits()),
            all_partitions: Constant::new(0xFFFFu64.to_bits()),
            zero_2: Constant::new(0u64.to_bits()),
            zero_6: Constant::new(0u64.to_bits()),
            zero_24: Constant::new(0u64.to_bits()),
            zero_32: Constant::new(0u64.to_bits()),
            no_qps: Constant::new(0u64.to_bits()),
        }
    }
}

impl<const QP_BITS: usize, const QPS: usize, const SLOT_BITS: usize, const SLOT_WORD_BITS: usize, const SLOT_ADDRESS_BITS: usize, const BUFFER_ADDRESS_BITS: usize, const SLOTS: usize, const MESSAGE_ADDRESS_BITS: usize, const RING_ADDRESS_BITS: usize, const RX_RING_BITS: usize, const RX_POINTER_BITS: usize> Logic for NicCore<QP_BITS, QPS, SLOT_BITS, SLOT_WORD_BITS, SLOT_ADDRESS_BITS, BUFFER_ADDRESS_BITS, SLOTS, MESSAGE_ADDRESS_BITS, RING_ADDRESS_BITS, RX_RING_BITS, RX_POINTER_BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, enabled, owner);
        self.parser.clock.next = self.clock.val();
        self.parser.reset.next = self.reset.val();
        self.frames.clock.next = self.clock.val();
        self.frames.reset.next = self.reset.val();
        self.router.clock.next = self.clock.val();
        self.router.reset.next = self.reset.val();
        self.responder.clock.next = self.clock.val();
        self.responder.reset.next = self.reset.val();
        self.connectors.clock.next = self.clock.val();
        self.connectors.reset.next = self.reset.val();
        self.arbiter.clock.next = self.clock.val();
        self.arbiter.reset.next = self.reset.val();
        self.requester.clock.next = self.clock.val();
        self.requester.reset.next = self.reset.val();
        self.transmit.clock.next = self.clock.val();
        self.transmit.reset.next = self.reset.val();
        self.builder.clock.next = self.clock.val();
        self.builder.reset.next = self.reset.val();
        // Receive: parser → frame queue → router.
        self.parser.cfg_pkey.next = self.all_partitions.val();
        self.parser.cfg_path_mtu.next = self.mtu_base.val() << self.mtu_shift.val();
        self.parser.s_axis_tdata.next = self.s_axis_rx_tdata.val();
        self.parser.s_axis_tkeep.next = self.s_axis_rx_tkeep.val();
        self.parser.s_axis_tlast.next = self.s_axis_rx_tlast.val();
        self.parser.s_axis_tuser.next = self.s_axis_rx_tuser.val();
        self.parser.s_axis_tvalid.next = self.s_axis_rx_tvalid.val();
        self.s_axis_rx_tready.next = self.parser.s_axis_tready.val();
        self.parser.stat_index.next = self.roce_counters.rx_stat_index.val();
        self.roce_counters.rx_stat_value.next = self.parser.stat_value.val();
        self.frames.desc_valid.next = self.parser.desc_valid.val();
        self.parser.desc_ready.next = self.frames.desc_ready.val();
        self.frames.desc_opcode.next = self.parser.desc_opcode.val();
        self.frames.desc_dest_qp.next = self.parser.desc_dest_qp.val();
        self.frames.desc_psn.next = self.parser.desc_psn.val();
        self.frames.desc_ack_req.next = self.parser.desc_ack_req.val();
        self.frames.desc_aeth_syndrome.next = self.parser.desc_aeth_syndrome.val();
        self.frames.desc_payload_length.next = self.parser.desc_payload_length.val();
        self.frames.desc_has_payload.next = self.parser.desc_has_payload.val();
        self.frames.s_axis_tdata.next = self.parser.m_axis_payload_tdata.val();
        self.frames.s_axis_tkeep.next = self.parser.m_axis_payload_tkeep.val();
        self.frames.s_axis_tlast.next = self.parser.m_axis_payload_tlast.val();
        self.frames.s_axis_tvalid.next = self.parser.m_axis_payload_tvalid.val();
        self.parser.m_axis_payload_tready.next = self.frames.s_axis_tready.val();
        self.frames.verdict_valid.next = self.parser.verdict_valid.val();
        self.parser.verdict_ready.next = self.frames.verdict_ready.val();
        self.frames.verdict_cause.next = self.parser.verdict_cause.val();
        self.router.frame_valid.next = self.frames.frame_valid.val();
        self.router.frame.next = self.frames.frame.val();
        self.frames.frame_pop.next = self.router.frame_pop.val();
        self.router.s_axis_tdata.next = self.frames.m_axis_tdata.val();
        self.router.s_axis_tkeep.next = self.frames.m_axis_tkeep.val();
        self.router.s_axis_tlast.next = self.frames.m_axis_tlast.val();
        self.router.s_axis_tvalid.next = self.frames.m_axis_tvalid.val();
        self.frames.m_axis_tready.next = self.router.s_axis_tready.val();
        self.router.qp_enabled.next = self.enabled.q.val();
        self.router.qpn_base.next = self.local_qpn_base.val();
        self.roce_counters.rx_unknown_qp.next = self.router.unknown_qp.val();
        self.roce_counters.rx_not_served.next = self.router.not_served.val();

        // The responder judges the host's SENDs; delivered packets go to the connectors.
        self.responder.req_valid.next = self.router.req_valid.val();
        self.router.req_ready.next = self.responder.req_ready.val();
        self.responder.req_qp.next = self.router.req_qp.val();
        self.responder.req_opcode.next = self.router.req_opcode.val();
        self.responder.req_psn.next = self.router.req_psn.val();
        self.responder.req_ack_req.next = self.router.req_ack_req.val();
        // A capsule whose slot is taken is answered with an RNR NAK, never ACKed and dropped.
        self.connectors.probe_qp.next = self.router.req_qp.val();
        self.responder.req_consumer_full.next = self.connectors.probe_taken.val();
        self.responder.rnr_timer.next = self.rnr_timer.val();
        self.router.verdict_valid.next = self.responder.verdict_valid.val();
        self.responder.verdict_ready.next = self.router.verdict_ready.val();
        self.router.verdict_deliver.next = self.responder.verdict_deliver.val();
        self.router.verdict_send_aeth.next = self.responder.verdict_send_aeth.val();
        self.router.verdict_syndrome.next = self.responder.verdict_syndrome.val();
        self.router.verdict_psn.next = self.responder.verdict_psn.val();
        self.router.verdict_msn.next = self.responder.verdict_msn.val();
        self.responder.counter_read_index.next = self.roce_counters.responder_counter_index.val();
        self.roce_counters.responder_counter_value.next = self.responder.counter_read_value.val();
        self.connectors.s_axis_tdata.next = self.router.m_axis_tdata.val();
        self.connectors.s_axis_tkeep.next = self.router.m_axis_tkeep.val();
        self.connectors.s_axis_tlast.next = self.router.m_axis_tlast.val();
        self.connectors.s_axis_tvalid.next = self.router.m_axis_tvalid.val();
        self.router.m_axis_tready.next = self.connectors.s_axis_tready.val();
        self.connectors.s_axis_qp.next = self.router.m_axis_qp.val();
        self.connectors.s_axis_message_end.next = self.router.m_axis_message_end.val();

        // ACKs and READ Responses to the requester.
        self.requester.resp_valid.next = self.router.resp_valid.val();
        self.router.resp_ready.next = self.requester.resp_ready.val();
        self.requester.resp_qp.next = self.router.resp_qp.val();
        self.requester.resp_opcode.next = self.router.resp_opcode.val();
        self.requester.resp_syndrome.next = self.router.resp_syndrome.val();
        self.requester.resp_psn.next = self.router.resp_psn.val();
        self.requester.resp_payload_length.next = self.router.resp_payload_length.val();
        self.requester.s_axis_resp_tdata.next = self.router.m_axis_resp_tdata.val();
        self.requester.s_axis_resp_tlast.next = self.router.m_axis_resp_tlast.val();
        self.requester.s_axis_resp_tvalid.next = self.router.m_axis_resp_tvalid.val();
        self.router.m_axis_resp_tready.next = self.requester.s_axis_resp_tready.val();

        // Failover.
        self.connectors.link_up.next = self.link_up.val();
        self.connectors.heartbeat_timeout.next = self.heartbeat_timeout.val();
        self.connectors.failback_request.next = self.failback_request.val();
        self.fence_backend.next = self.connectors.fence_backend.val();
        self.available.next = self.connectors.available.val();
        self.failovers.next = self.connectors.failovers.val();
        self.failbacks.next = self.connectors.failbacks.val();
        self.last_failover_cycles.next = self.connectors.last_failover_cycles.val();
        self.packets_dispatched.next = self.connectors.packets_dispatched.val();
        self.packets_unknown_qp.next = self.connectors.packets_unknown_qp.val();

        // The connectors' work requests share the requester; READ data returns to the QP's owner.
        self.arbiter.owner.next = self.owner.q.val();
        WorkRequestSource::<QP_BITS>::join(&mut self.connectors.c0_work, &mut self.arbiter.c0);
        WorkRequestSource::<QP_BITS>::join(&mut self.connectors.c1_work, &mut self.arbiter.c1);
        self.requester.wr_valid.next = self.arbiter.wr_valid.val();
        self.arbiter.wr_ready.next = self.requester.wr_ready.val();
        self.requester.wr_qp.next = self.arbiter.wr_qp.val();
        self.requester.wr_kind.next = self.arbiter.wr_kind.val();
        self.requester.wr_length.next = self.arbiter.wr_length.val();
        self.requester.wr_va.next = self.arbiter.wr_va.val();
        self.requester.wr_rkey.next = self.arbiter.wr_rkey.val();
        self.requester.wr_tag.next = self.arbiter.wr_tag.val();
        self.requester.s_axis_wr_tdata.next = self.arbiter.m_axis_wr_tdata.val();
        self.requester.s_axis_wr_tlast.next = self.arbiter.m_axis_wr_tlast.val();
        self.requester.s_axis_wr_tvalid.next = self.arbiter.m_axis_wr_tvalid.val();
        self.arbiter.m_axis_wr_tready.next = self.requester.s_axis_wr_tready.val();
        self.arbiter.s_axis_read_tdata.next = self.requester.m_axis_read_tdata.val();
        self.arbiter.s_axis_read_tlast.next = self.requester.m_axis_read_tlast.val();
        self.arbiter.s_axis_read_tvalid.next = self.requester.m_axis_read_tvalid.val();
        self.requester.m_axis_read_tready.next = self.arbiter.s_axis_read_tready.val();
        self.arbiter.read_qp.next = self.requester.read_qp.val();
        self.arbiter.read_tag.next = self.requester.read_tag.val();
        self.arbiter.read_length.next = self.requester.read_length.val();
        self.arbiter.read_last.next = self.requester.read_last.val();
        self.arbiter.cpl_valid.next = self.requester.cpl_valid.val();
        self.requester.cpl_ready.next = self.arbiter.cpl_ready.val();
        self.arbiter.cpl_status.next = self.requester.cpl_status.val();
        self.roce_counters.work_requests_failed.next = self.arbiter.work_requests_failed.val();
        self.requester.timer_prescale.next = self.timer_prescale.val();
        self.requester.counter_read_index.next = self.roce_counters.requester_counter_index.val();
        self.roce_counters.requester_counter_value.next = self.requester.counter_read_value.val();
        self.roce_counters.qp_error.next = self.requester.qp_error.val();
        self.counters_ready.next = self.responder.counters_ready.val() & self.requester.counters_ready.val();

        // Transmit: ACKs and requester packets → builder.
        self.transmit.local_mac.next = self.local_mac.val();
        self.transmit.local_ip.next = self.local_ip.val();
        self.transmit.ack_valid.next = self.router.ack_valid.val();
        self.router.ack_ready.next = self.transmit.ack_ready.val();
        self.transmit.ack_qp.next = self.router.ack_qp.val();
        self.transmit.ack_syndrome.next = self.router.ack_syndrome.val();
        self.transmit.ack_psn.next = self.router.ack_psn.val();
        self.transmit.ack_msn.next = self.router.ack_msn.val();
        self.transmit.tx_valid.next = self.requester.tx_valid.val();
        self.requester.tx_ready.next = self.transmit.tx_ready.val();
        self.transmit.tx_qp.next = self.requester.tx_qp.val();
        self.transmit.tx_opcode.next = self.requester.tx_opcode.val();
        self.transmit.tx_psn.next = self.requester.tx_psn.val();
        self.transmit.tx_ack_req.next = self.requester.tx_ack_req.val();
        self.transmit.tx_reth_va.next = self.requester.tx_reth_va.val();
        self.transmit.tx_reth_rkey.next = self.requester.tx_reth_rkey.val();
        self.transmit.tx_reth_length.next = self.requester.tx_reth_length.val();
        self.transmit.tx_ieth_rkey.next = self.requester.tx_ieth_rkey.val();
        self.transmit.tx_payload_length.next = self.requester.tx_payload_length.val();
        self.transmit.s_axis_tx_tdata.next = self.requester.m_axis_tx_tdata.val();
        self.transmit.s_axis_tx_tlast.next = self.requester.m_axis_tx_tlast.val();
        self.transmit.s_axis_tx_tvalid.next = self.requester.m_axis_tx_tvalid.val();
        self.requester.m_axis_tx_tready.next = self.transmit.s_axis_tx_tready.val();
        self.roce_counters.acks_sent.next = self.transmit.acks_sent.val();
        self.roce_counters.requests_sent.next = self.transmit.requests_sent.val();
        self.builder.desc_valid.next = self.transmit.desc_valid.val();
        self.transmit.desc_ready.next = self.builder.desc_ready.val();
        self.builder.desc_dst_mac.next = self.transmit.desc_dst_mac.val();
        self.builder.desc_src_mac.next = self.transmit.desc_src_mac.val();
        self.builder.desc_src_ip.next = self.transmit.desc_src_ip.val();
        self.builder.desc_dst_ip.next = self.transmit.desc_dst_ip.val();
        self.builder.desc_udp_src_port.next = self.transmit.desc_udp_src_port.val();
        self.builder.desc_opcode.next = self.transmit.desc_opcode.val();
        self.builder.desc_dest_qp.next = self.transmit.desc_dest_qp.val();
        self.builder.desc_ack_req.next = self.transmit.desc_ack_req.val();
        self.builder.desc_psn.next = self.transmit.desc_psn.val();
        self.builder.desc_reth_va.next = self.transmit.desc_reth_va.val();
        self.builder.desc_reth_rkey.next = self.transmit.desc_reth_rkey.val();
        self.builder.desc_reth_dma_length.next = self.transmit.desc_reth_dma_length.val();
        self.builder.desc_aeth_syndrome.next = self.transmit.desc_aeth_syndrome.val();
        self.builder.desc_aeth_msn.next = self.transmit.desc_aeth_msn.val();
        self.builder.desc_ieth_rkey.next = self.transmit.desc_ieth_rkey.val();
        self.builder.desc_payload_length.next = self.transmit.desc_payload_length.val();
        // Fields these packets do not use, or leave at their defaults (no ECN, full partition).
        self.builder.desc_ip_dscp.next = self.zero_6.val();
        self.builder.desc_ip_ecn.next = self.zero_2.val();
        self.builder.desc_solicited.next = false;
        self.builder.desc_mig_req.next = false;
        self.builder.desc_pkey.next = self.all_partitions.val();
        self.builder.desc_fecn.next = false;
        self.builder.desc_becn.next = false;
        self.builder.desc_immdt.next = self.zero_32.val();
        self.builder.desc_deth_qkey.next = self.zero_32.val();
        self.builder.desc_deth_src_qp.next = self.zero_24.val();
        self.builder.s_axis_payload_tdata.next = self.transmit.m_axis_payload_tdata.val();
        self.builder.s_axis_payload_tlast.next = self.transmit.m_axis_payload_tlast.val();
        self.builder.s_axis_payload_tvalid.next = self.transmit.m_axis_payload_tvalid.val();
        self.transmit.m_axis_payload_tready.next = self.builder.s_axis_payload_tready.val();
        self.m_axis_tx_tdata.next = self.builder.m_axis_tdata.val();
        self.m_axis_tx_tkeep.next = self.builder.m_axis_tkeep.val();
        self.m_axis_tx_tlast.next = self.builder.m_axis_tlast.val();
        self.m_axis_tx_tvalid.next = self.builder.m_axis_tvalid.val();
        self.builder.m_axis_tready.next = self.m_axis_tx_tready.val();
        self.roce_counters.tx_frames.next = self.builder.stat_frames.val();
        self.roce_counters.tx_bad_descriptors.next = self.builder.stat_bad_descriptors.val();
        self.roce_counters.tx_payload_mismatches.next = self.builder.stat_payload_mismatches.val();

        // Set-up: to every block at once.
        self.cfg_ready.next = self.connectors.cfg_ready.val() & self.responder.cfg_ready.val() & self.requester.cfg_ready.val();
        self.cfg_take.next = self.cfg_valid.val() & self.connectors.cfg_ready.val() & self.responder.cfg_ready.val() & self.requester.cfg_ready.val();
        self.connectors.cfg_valid.next = self.cfg_take.val();
        self.connectors.cfg_qp.next = self.cfg_qp.val();
        self.connectors.cfg_enable.next = self.cfg_enable.val();
        self.connectors.cfg_connector.next = self.cfg_connector.val();
        self.connectors.cfg_controller.next = self.cfg_controller.val();
        self.responder.cfg_valid.next = self.cfg_take.val();
        self.responder.cfg_qp.next = self.cfg_qp.val();
        self.responder.cfg_expected_psn.next = self.cfg_rx_psn.val();
        self.requester.cfg_valid.next = self.cfg_take.val();
        self.requester.cfg_qp.next = self.cfg_qp.val();
        self.requester.cfg_enable.next = self.cfg_enable.val();
        self.requester.cfg_first_psn.next = self.cfg_tx_psn.val();
        self.requester.cfg_mtu_shift.next = self.mtu_shift.val();
        self.requester.cfg_timeout.next = self.cfg_timeout.val();
        self.requester.cfg_retry_limit.next = self.cfg_retry_limit.val();
        self.peer.next.mac = self.cfg_peer_mac.val();
        self.peer.next.ip = self.cfg_peer_ip.val();
        self.peer.next.qpn = self.cfg_peer_qpn.val();
        self.transmit.cfg_write.next = self.cfg_take.val();
        self.transmit.cfg_qp.next = self.cfg_qp.val();
        self.transmit.cfg_peer.next = self.peer.val();
        self.qp_bit.next = self.one_hot.val() << self.cfg_qp.val();
        if self.cfg_take.val() {
            self.enabled.d.next = self.enabled.q.val() & !self.qp_bit.val();
            if self.cfg_enable.val() {
                self.enabled.d.next = self.enabled.q.val() | self.qp_bit.val();
            }
            self.owner.d.next = self.owner.q.val() & !self.qp_bit.val();
            if self.cfg_connector.val() {
                self.owner.d.next = self.owner.q.val() | self.qp_bit.val();
            }
        }
        if self.reset.val() {
            self.enabled.d.next = self.no_qps.val();
        }

        // Each connector's own ports.
        ControllerLinks::link(&mut self.c0_links, &mut self.connectors.c0_links);
        ConnectorCounters::link(&mut self.c0_counters, &mut self.connectors.c0_counters);
        ControllerLinks::link(&mut self.c1_links, &mut self.connectors.c1_links);
        ConnectorCounters::link(&mut self.c1_counters, &mut self.connectors.c1_counters);
    }
}
