//! Work-request arbiter: the two connectors share one RC requester.
//!
//! Work requests are taken in turn (round robin when both wait); a WRITE or SEND keeps the grant
//! until its last payload word, so payloads never interleave. READ data comes back per QP and goes
//! to the connector that owns the QP (`owner`, set with the QP). Completions are the requester's
//! word that a message was acknowledged: the connectors need none (a CQE retires a command, a
//! READ's data ends it), so they are consumed here and the failed ones counted — a QP whose host
//! stopped answering (retry limit) is broken for RDMA, and the host's own transport says so.

use crate::bundles::work_request::WorkRequestSink;
use crate::roce::rc::WrKind;
use rust_hdl::prelude::*;

#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum ArbiterStep {
    Idle,
    Grant,
    Payload,
}

#[derive(LogicBlock)]
pub struct WrArbiter<const QP_BITS: usize, const QPS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// Bit q: QP q belongs to connector 1.
    pub owner: Signal<In, Bits<QPS>>,
    /// The connectors' work-request ports.
    pub c0: WorkRequestSink<QP_BITS>,
    pub c1: WorkRequestSink<QP_BITS>,
    /// To the requester.
    pub wr_valid: Signal<Out, Bit>,
    pub wr_ready: Signal<In, Bit>,
    pub wr_qp: Signal<Out, Bits<QP_BITS>>,
    pub wr_kind: Signal<Out, Bits<2>>,
    pub wr_length: Signal<Out, Bits<16>>,
    pub wr_va: Signal<Out, Bits<64>>,
    pub wr_rkey: Signal<Out, Bits<32>>,
    pub wr_tag: Signal<Out, Bits<8>>,
    pub m_axis_wr_tdata: Signal<Out, Bits<64>>,
    pub m_axis_wr_tlast: Signal<Out, Bit>,
    pub m_axis_wr_tvalid: Signal<Out, Bit>,
    pub m_axis_wr_tready: Signal<In, Bit>,
    /// READ data from the requester.
    pub s_axis_read_tdata: Signal<In, Bits<64>>,
    pub s_axis_read_tlast: Signal<In, Bit>,
    pub s_axis_read_tvalid: Signal<In, Bit>,
    pub s_axis_read_tready: Signal<Out, Bit>,
    pub read_qp: Signal<In, Bits<QP_BITS>>,
    pub read_tag: Signal<In, Bits<8>>,
    pub read_length: Signal<In, Bits<13>>,
    pub read_last: Signal<In, Bit>,
    /// The requester's completions.
    pub cpl_valid: Signal<In, Bit>,
    pub cpl_ready: Signal<Out, Bit>,
    pub cpl_status: Signal<In, Bits<3>>,
    /// Work requests that completed with an error (wrapping).
    pub work_requests_failed: Signal<Out, Bits<32>>,
    step: DFF<ArbiterStep>,
    /// The connector granted now (1 = connector 1).
    granted: DFF<Bit>,
    failed: DFF<Bits<32>>,
    read_to_1: Signal<Local, Bit>,
    has_payload: Signal<Local, Bit>,
    one_hot: Constant<Bits<QPS>>,
    kind_read: Constant<Bits<2>>,
    count_one: Constant<Bits<32>>,
    count_zero: Constant<Bits<32>>,
}

impl<const QP_BITS: usize, const QPS: usize> Default for WrArbiter<QP_BITS, QPS> {
    fn default() -> Self {
        assert_eq!(QPS, 1 << QP_BITS);
        Self {
            clock: Default::default(),
            reset: Default::default(),
            owner: Default::default(),
            c0: Default::default(),
            c1: Default::default(),
            wr_valid: Default::default(),
            wr_ready: Default::default(),
            wr_qp: Default::default(),
            wr_kind: Default::default(),
            wr_length: Default::default(),
            wr_va: Default::default(),
            wr_rkey: Default::default(),
            wr_tag: Default::default(),
            m_axis_wr_tdata: Default::default(),
            m_axis_wr_tlast: Default::default(),
            m_axis_wr_tvalid: Default::default(),
            m_axis_wr_tready: Default::default(),
            s_axis_read_tdata: Default::default(),
            s_axis_read_tlast: Default::default(),
            s_axis_read_tvalid: Default::default(),
            s_axis_read_tready: Default::default(),
            read_qp: Default::default(),
            read_tag: Default::default(),
            read_length: Default::default(),
            read_last: Default::default(),
            cpl_valid: Default::default(),
            cpl_ready: Default::default(),
            cpl_status: Default::default(),
            work_requests_failed: Default::default(),
            step: Default::default(),
            granted: Default::default(),
            failed: Default::default(),
            read_to_1: Default::default(),
            has_payload: Default::default(),
            one_hot: Constant::new(1u64.to_bits()),
            kind_read: Constant::new((WrKind::Read.code() as u64).to_bits()),
            count_one: Constant::new(1u64.to_bits()),
            count_zero: Constant::new(0u64.to_bits()),
        }
    }
}

impl<const QP_BITS: usize, const QPS: usize> Logic for WrArbiter<QP_BITS, QPS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, step, granted, failed);
        // The granted connector's work request and payload.
        self.wr_qp.next = self.c0.qp.val();
        self.wr_kind.next = self.c0.kind.val();
        self.wr_length.next = self.c0.length.val();
        self.wr_va.next = self.c0.va.val();
        self.wr_rkey.next = self.c0.rkey.val();
        self.wr_tag.next = self.c0.tag.val();
        self.m_axis_wr_tdata.next = self.c0.payload.tdata.val();
        self.m_axis_wr_tlast.next = self.c0.payload.tlast.val();
        if self.granted.q.val() {
            self.wr_qp.next = self.c1.qp.val();
            self.wr_kind.next = self.c1.kind.val();
            self.wr_length.next = self.c1.length.val();
            self.wr_va.next = self.c1.va.val();
            self.wr_rkey.next = self.c1.rkey.val();
            self.wr_tag.next = self.c1.tag.val();
            self.m_axis_wr_tdata.next = self.c1.payload.tdata.val();
            self.m_axis_wr_tlast.next = self.c1.payload.tlast.val();
        }
        self.has_payload.next = (self.wr_kind.val() != self.kind_read.val()) & self.wr_length.val().any();

        self.wr_valid.next = false;
        self.m_axis_wr_tvalid.next = false;
        self.c0.ready.next = false;
        self.c1.ready.next = false;
        self.c0.payload.tready.next = false;
        self.c1.payload.tready.next = false;
        match self.step.q.val() {
            ArbiterStep::Idle => {
                // Round robin: the other connector first when both wait.
                if self.c0.valid.val() & (!self.c1.valid.val() | self.granted.q.val()) {
                    self.granted.d.next = false;
                    self.step.d.next = ArbiterStep::Grant;
                } else if self.c1.valid.val() {
                    self.granted.d.next = true;
                    self.step.d.next = ArbiterStep::Grant;
                }
            }
            ArbiterStep::Grant => {
                if self.granted.q.val() {
                    self.wr_valid.next = self.c1.valid.val();
                    self.c1.ready.next = self.wr_ready.val();
                } else {
                    self.wr_valid.next = self.c0.valid.val();
                    self.c0.ready.next = self.wr_ready.val();
                }
                if self.wr_valid.val() & self.wr_ready.val() {
                    if self.has_payload.val() {
                        self.step.d.next = ArbiterStep::Payload;
                    } else {
                        self.step.d.next = ArbiterStep::Idle;
                    }
                }
            }
            ArbiterStep::Payload => {
                if self.granted.q.val() {
                    self.m_axis_wr_tvalid.next = self.c1.payload.tvalid.val();
                    self.c1.payload.tready.next = self.m_axis_wr_tready.val();
                } else {
                    self.m_axis_wr_tvalid.next = self.c0.payload.tvalid.val();
                    self.c0.payload.tready.next = self.m_axis_wr_tready.val();
                }
                if self.m_axis_wr_tvalid.val() & self.m_axis_wr_tready.val() & self.m_axis_wr_tlast.val() {
                    self.step.d.next = ArbiterStep::Idle;
                }
            }
            _ => {
                self.step.d.next = ArbiterStep::Idle;
            }
        }

        // READ data to the QP's connector.
        self.read_to_1.next = (self.owner.val() & (self.one_hot.val() << self.read_qp.val())).any();
        self.c0.read.tdata.next = self.s_axis_read_tdata.val();
        self.c0.read.tlast.next = self.s_axis_read_tlast.val();
        self.c0.read.tag.next = self.read_tag.val();
        self.c0.read.length.next = self.read_length.val();
        self.c0.read.last.next = self.read_last.val();
        self.c1.read.tdata.next = self.s_axis_read_tdata.val();
        self.c1.read.tlast.next = self.s_axis_read_tlast.val();
        self.c1.read.tag.next = self.read_tag.val();
        self.c1.read.length.next = self.read_length.val();
        self.c1.read.last.next = self.read_last.val();
        self.c0.read.tvalid.next = self.s_axis_read_tvalid.val() & !self.read_to_1.val();
        self.c1.read.tvalid.next = self.s_axis_read_tvalid.val() & self.read_to_1.val();
        self.s_axis_read_tready.next = self.c0.read.tready.val();
        if self.read_to_1.val() {
            self.s_axis_read_tready.next = self.c1.read.tready.val();
        }

        self.cpl_ready.next = true;
        if self.cpl_valid.val() & self.cpl_status.val().any() {
            self.failed.d.next = self.failed.q.val() + self.count_one.val();
        }
        self.work_requests_failed.next = self.failed.q.val();
        if self.reset.val() {
            self.step.d.next = ArbiterStep::Idle;
            self.granted.d.next = false;
            self.failed.d.next = self.count_zero.val();
        }
    }
}
