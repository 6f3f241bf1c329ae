//! Receive router: takes each judged frame from the frame queue and gives it to the block that
//! serves it (docs/ARCHITECTURE.md).
//!
//! - A host's SEND packet (a command capsule, whole or in part) to a configured QP goes to the RC
//!   responder; its verdict says whether the packet is delivered — then its payload goes on to the
//!   dispatcher, tagged with the QP and whether it ends the message — and which ACK or NAK
//!   answers it (handed to the transmit side).
//! - An ACK or a READ Response to a configured QP goes to the RC requester, with its payload.
//! - Everything else is dropped whole and counted: frames the parser rejected (the parser counts
//!   them by cause), SENDs and responses to a QP that is not configured (`unknown_qp`), and
//!   requests this NIC does not serve (`not_served`: RDMA WRITE / READ Requests to it, UD QP1
//!   connection management — software's job — and CNPs).
//!
//! One frame at a time; the responder takes a request every five cycles, so a run of the
//! shortest frames (eight beats) keeps up.

use super::rx_frame_queue::RxFrame;
use rust_hdl::prelude::*;

#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum RouteStep {
    Idle,
    /// A SEND waits for the responder to take it, then for its verdict.
    Request,
    Verdict,
    /// A delivered SEND's payload goes to the dispatcher.
    Deliver,
    /// An ACK / READ Response waits for the requester, then its payload goes there.
    Respond,
    ResponsePayload,
    /// The frame's payload words are skipped.
    Discard,
}

#[derive(LogicBlock)]
pub struct RxRouter<const QP_BITS: usize, const QPS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// Judged frames and their payload words, from the frame queue.
    pub frame_valid: Signal<In, Bit>,
    pub frame: Signal<In, RxFrame>,
    pub frame_pop: Signal<Out, Bit>,
    pub s_axis_tdata: Signal<In, Bits<64>>,
    pub s_axis_tkeep: Signal<In, Bits<8>>,
    pub s_axis_tlast: Signal<In, Bit>,
    pub s_axis_tvalid: Signal<In, Bit>,
    pub s_axis_tready: Signal<Out, Bit>,
    /// Bit q: QP q is configured.
    pub qp_enabled: Signal<In, Bits<QPS>>,
    /// The NIC's QPN of QP 0; QP q is `qpn_base` + q (QPNs 0 and 1 are InfiniBand's special QPs,
    /// so software keeps the base at 2 or above).
    pub qpn_base: Signal<In, Bits<24>>,
    /// The RC responder.
    pub req_valid: Signal<Out, Bit>,
    pub req_ready: Signal<In, Bit>,
    pub req_qp: Signal<Out, Bits<QP_BITS>>,
    pub req_opcode: Signal<Out, Bits<8>>,
    pub req_psn: Signal<Out, Bits<24>>,
    pub req_ack_req: Signal<Out, Bit>,
    pub verdict_valid: Signal<In, Bit>,
    pub verdict_ready: Signal<Out, Bit>,
    pub verdict_deliver: Signal<In, Bit>,
    pub verdict_send_aeth: Signal<In, Bit>,
    pub verdict_syndrome: Signal<In, Bits<8>>,
    pub verdict_psn: Signal<In, Bits<24>>,
    pub verdict_msn: Signal<In, Bits<24>>,
    /// ACKs and NAKs the responder asks for, to the transmit side.
    pub ack_valid: Signal<Out, Bit>,
    pub ack_ready: Signal<In, Bit>,
    pub ack_qp: Signal<Out, Bits<QP_BITS>>,
    pub ack_syndrome: Signal<Out, Bits<8>>,
    pub ack_psn: Signal<Out, Bits<24>>,
    pub ack_msn: Signal<Out, Bits<24>>,
    /// Delivered SEND packets, to the dispatcher.
    pub m_axis_tdata: Signal<Out, Bits<64>>,
    pub m_axis_tkeep: Signal<Out, Bits<8>>,
    pub m_axis_tlast: Signal<Out, Bit>,
    pub m_axis_tvalid: Signal<Out, Bit>,
    pub m_axis_tready: Signal<In, Bit>,
    pub m_axis_qp: Signal<Out, Bits<24>>,
    pub m_axis_message_end: Signal<Out, Bit>,
    /// ACKs and READ Responses, to the RC requester.
    pub resp_valid: Signal<Out, Bit>,
    pub resp_ready: Signal<In, Bit>,
    pub resp_qp: Signal<Out, Bits<QP_BITS>>,
    pub resp_opcode: Signal<Out, Bits<8>>,
    pub resp_syndrome: Signal<Out, Bits<8>>,
    pub resp_psn: Signal<Out, Bits<24>>,
    pub resp_payload_length: Signal<Out, Bits<13>>,
    pub m_axis_resp_tdata: Signal<Out, Bits<64>>,
    pub m_axis_resp_tlast: Signal<Out, Bit>,
    pub m_axis_resp_tvalid: Signal<Out, Bit>,
    pub m_axis_resp_tready: Signal<In, Bit>,
    /// Frames dropped here, by cause (wrapping).
    pub unknown_qp: Signal<Out, Bits<32>>,
    pub not_served: Signal<Out, Bits<32>>,
    step: DFF<RouteStep>,
    unknown_count: DFF<Bits<32>>,
    not_served_count: DFF<Bits<32>>,
    is_send: Signal<Local, Bit>,
    is_response: Signal<Local, Bit>,
    qp_known: Signal<Local, Bit>,
    qp_index: Signal<Local, Bits<QP_BITS>>,
    /// The frame's destination QPN less the base (wrapping: below the base is far out of range).
    qp_offset: Signal<Local, Bits<24>>,
    opcode: Signal<Local, Bits<8>>,
    finish: Signal<Local, Bit>,
    high_mask: Constant<Bits<24>>,
    one_hot: Constant<Bits<QPS>>,
    count_one: Constant<Bits<32>>,
    count_zero: Constant<Bits<32>>,
    send_only_limit: Constant<Bits<8>>,
    send_invalidate_mask: Constant<Bits<8>>,
    send_invalidate: Constant<Bits<8>>,
    response_first: Constant<Bits<8>>,
    acknowledge: Constant<Bits<8>>,
    send_last: Constant<Bits<8>>,
}

impl<const QP_BITS: usize, const QPS: usize> Default for RxRouter<QP_BITS, QPS> {
    fn default() -> Self {
        assert!(QPS == 1 << QP_BITS && QP_BITS < 24);
        Self {
            clock: Default::default(),
            reset: Default::default(),
            frame_valid: Default::default(),
            frame: Default::default(),
            frame_pop: Default::default(),
            s_axis_tdata: Default::default(),
            s_axis_tkeep: Default::default(),
            s_axis_tlast: Default::default(),
            s_axis_tvalid: Default::default(),
            s_axis_tready: Default::default(),
            qp_enabled: Default::default(),
            qpn_base: Default::default(),
            req_valid: Default::default(),
            req_ready: Default::default(),
            req_qp: Default::default(),
            req_opcode: Default::default(),
            req_psn: Default::default(),
            req_ack_req: Default::default(),
            verdict_valid: Default::default(),
            verdict_ready: Default::default(),
            verdict_deliver: Default::default(),
            verdict_send_aeth: Default::default(),
            verdict_syndrome: Default::default(),
            verdict_psn: Default::default(),
            verdict_msn: Default::default(),
            ack_valid: Default::default(),
            ack_ready: Default::default(),
            ack_qp: Default::default(),
            ack_syndrome: Default::default(),
            ack_psn: Default::default(),
            ack_msn: Default::default(),
            m_axis_tdata: Default::default(),
            m_axis_tkeep: Default::default(),
            m_axis_tlast: Default::default(),
            m_axis_tvalid: Default::default(),
            m_axis_tready: Default::default(),
            m_axis_qp: Default::default(),
            m_axis_message_end: Default::default(),
            resp_valid: Default::default(),
            resp_ready: Default::default(),
            resp_qp: Default::default(),
            resp_opcode: Default::default(),
            resp_syndrome: Default::default(),
            resp_psn: Default::default(),
            resp_payload_length: Default::default(),
            m_axis_resp_tdata: Default::default(),
            m_axis_resp_tlast: Default::default(),
            m_axis_resp_tvalid: Default::default(),
            m_axis_resp_tready: Default::default(),
            unknown_qp: Default::default(),
            not_served: Default::default(),
            step: Default::default(),
            unknown_count: Default::default(),
            not_served_count: Default::default(),
            is_send: Default::default(),
            is_response: Default::default(),
            qp_known: Default::default(),
            qp_index: Default::default(),
            qp_offset: Default::default(),
            opcode: Default::default(),
            finish: Default::default(),
            high_mask: Constant::new((((1u64 << 24) - 1) & !((1u64 << QP_BITS) - 1)).to_bits()),
            one_hot: Constant::new(1u64.to_bits()),
            count_one: Constant::new(1u64.to_bits()),
            count_zero: Constant::new(0u64.to_bits()),
            // RC SEND First..Only with Immediate are 0x00..0x05; SEND Last/Only with Invalidate 0x16/0x17.
            send_only_limit: Constant::new(0x06u64.to_bits()),
            send_invalidate_mask: Constant::new(0xFEu64.to_bits()),
            send_invalidate: Constant::new(0x16u64.to_bits()),
            // READ Response First..Only are 0x0D..0x10, Acknowledge 0x11.
            response_first: Constant::new(0x0Du64.to_bits()),
            acknowledge: Constant::new(0x11u64.to_bits()),
            send_last: Constant::new(0x02u64.to_bits()),
        }
    }
}

impl<const QP_BITS: usize, const QPS: usize> Logic for RxRouter<QP_BITS, QPS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, step, unknown_count, not_served_count);
        self.opcode.next = self.frame.val().opcode;
        self.is_send.next = (self.opcode.val() < self.send_only_limit.val())
            | ((self.opcode.val() & self.send_invalidate_mask.val()) == self.send_invalidate.val());
        self.is_response.next = (self.opcode.val() >= self.response_first.val()) & (self.opcode.val() <= self.acknowledge.val());
        self.qp_offset.next = self.frame.val().qp - self.qpn_base.val();
        self.qp_index.next = bit_cast::<QP_BITS, 24>(self.qp_offset.val());
        self.qp_known.next = !(self.qp_offset.val() & self.high_mask.val()).any()
            & (self.qp_enabled.val() & (self.one_hot.val() << self.qp_index.val())).any();

        self.req_qp.next = self.qp_index.val();
        self.req_opcode.next = self.opcode.val();
        self.req_psn.next = self.frame.val().psn;
        self.req_ack_req.next = self.frame.val().ack_req;
        self.ack_qp.next = self.qp_index.val();
        self.ack_syndrome.next = self.verdict_syndrome.val();
        self.ack_psn.next = self.verdict_psn.val();
        self.ack_msn.next = self.verdict_msn.val();
        self.resp_qp.next = self.qp_index.val();
        self.resp_opcode.next = self.opcode.val();
        self.resp_syndrome.next = self.frame.val().syndrome;
        self.resp_psn.next = self.frame.val().psn;
        self.resp_payload_length.next = self.frame.val().payload_length;
        self.m_axis_tdata.next = self.s_axis_tdata.val();
        self.m_axis_tkeep.next = self.s_axis_tkeep.val();
        self.m_axis_tlast.next = self.s_axis_tlast.val();
        self.m_axis_qp.next = self.qp_offset.val();
        // SEND Last, Last with Immediate, Only, Only with Immediate, and the two with Invalidate.
        self.m_axis_message_end.next = (self.opcode.val() >= self.send_last.val()) & self.is_send.val();
        self.m_axis_resp_tdata.next = self.s_axis_tdata.val();
        self.m_axis_resp_tlast.next = self.s_axis_tlast.val();

        self.req_valid.next = false;
        self.verdict_ready.next = false;
        self.ack_valid.next = false;
        self.resp_valid.next = false;
        self.m_axis_tvalid.next = false;
        self.m_axis_resp_tvalid.next = false;
        self.s_axis_tready.next = false;
        self.finish.next = false;
        match self.step.q.val() {
            RouteStep::Idle => {
                if self.frame_valid.val() {
                    if self.frame.val().accepted & self.is_send.val() & self.qp_known.val() {
                        self.step.d.next = RouteStep::Request;
                    } else if self.frame.val().accepted & self.is_response.val() & self.qp_known.val() {
                        self.step.d.next = RouteStep::Respond;
                    } else {
                        if self.frame.val().accepted {
                            if self.is_send.val() | self.is_response.val() {
                                self.unknown_count.d.next = self.unknown_count.q.val() + self.count_one.val();
                            } else {
                                self.not_served_count.d.next = self.not_served_count.q.val() + self.count_one.val();
                            }
                        }
                        if self.frame.val().has_payload {
                            self.step.d.next = RouteStep::Discard;
                        } else {
                            self.finish.next = true;
                        }
                    }
                }
            }
            RouteStep::Request => {
                // Once its first payload word is in view, unless it has none: the previous
                // packet has left for the connectors, so its capsule holds a slot the probe sees.
                self.req_valid.next = !self.frame.val().has_payload | self.s_axis_tvalid.val();
                if (!self.frame.val().has_payload | self.s_axis_tvalid.val()) & self.req_ready.val() {
                    self.step.d.next = RouteStep::Verdict;
                }
            }
            RouteStep::Verdict => {
                // An answer waits for the transmit side; the verdict with it.
                self.ack_valid.next = self.verdict_valid.val() & self.verdict_send_aeth.val();
                self.verdict_ready.next = !self.verdict_send_aeth.val() | self.ack_ready.val();
                if self.verdict_valid.val() & (!self.verdict_send_aeth.val() | self.ack_ready.val()) {
                    if !self.frame.val().has_payload {
                        self.finish.next = true;
                    } else if self.verdict_deliver.val() {
                        self.step.d.next = RouteStep::Deliver;
                    } else {
                        self.step.d.next = RouteStep::Discard;
                    }
                }
            }
            RouteStep::Deliver => {
                self.m_axis_tvalid.next = self.s_axis_tvalid.val();
                self.s_axis_tready.next = self.m_axis_tready.val();
                self.finish.next = self.s_axis_tvalid.val() & self.m_axis_tready.val() & self.s_axis_tlast.val();
            }
            RouteStep::Respond => {
                self.resp_valid.next = true;
                if self.resp_ready.val() {
                    if self.frame.val().has_payload {
                        self.step.d.next = RouteStep::ResponsePayload;
                    } else {
                        self.finish.next = true;
                    }
                }
            }
            RouteStep::ResponsePayload => {
                self.m_axis_resp_tvalid.next = self.s_axis_tvalid.val();
                self.s_axis_tready.next = self.m_axis_resp_tready.val();
                self.finish.next = self.s_axis_tvalid.val() & self.m_axis_resp_tready.val() & self.s_axis_tlast.val();
            }
            RouteStep::Discard => {
                self.s_axis_tready.next = true;
                self.finish.next = self.s_axis_tvalid.val() & self.s_axis_tlast.val();
            }
            _ => {
                self.step.d.next = RouteStep::Idle;
            }
        }
        self.frame_pop.next = self.finish.val();
        if self.finish.val() {
            self.step.d.next = RouteStep::Idle;
        }
        self.unknown_qp.next = self.unknown_count.q.val();
        self.not_served.next = self.not_served_count.q.val();
        if self.reset.val() {
            self.step.d.next = RouteStep::Idle;
            self.unknown_count.d.next = self.count_zero.val();
            self.not_served_count.d.next = self.count_zero.val();
        }
    }
}
