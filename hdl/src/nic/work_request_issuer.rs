//! The connector's work-request port (docs/controller-link.md): the engine `load`s one work
//! request (an RDMA WRITE or READ a controller asked for, or the SEND of a completion); the
//! issuer offers it to the requester, then its payload — a completion's two words from the
//! engine's CQE registers, or a WRITE's data, which the mover passes from its controller's link
//! beside the engine. `finished` is high in the cycle the engine may go on: a WRITE or READ
//! taken, or a completion's last word. A new request is offered only once the previous WRITE's
//! data has gone.

use super::write_mover::WriteMover;
use crate::bundles::stream::StreamOut;
use crate::constant::constant;
use crate::roce::rc::WrKind;
use rust_hdl::prelude::*;

#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum IssueStep {
    Idle,
    /// The work request is offered (once the mover is free).
    Offer,
    /// A completion's two words follow a SEND.
    CqeLow,
    CqeHigh,
}

/// What the engine loads: the kind (`roce::rc::WrKind`), length, rkey, tag, and whether a
/// controller caused it (not a path error made here).
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct WorkRequestFields {
    pub kind: Bits<2>,
    pub length: Bits<16>,
    pub rkey: Bits<32>,
    pub tag: Bits<8>,
    pub caused: Bit,
}

#[derive(LogicBlock)]
pub struct WorkRequestIssuer<const QP_BITS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// A work request to offer (one-cycle pulse while `Idle`).
    pub load: Signal<In, Bit>,
    pub load_fields: Signal<In, WorkRequestFields>,
    /// The engine's QP, the message's VA and link (1 = B), and the completion to send, as they
    /// stand while the request is offered.
    pub qp: Signal<In, Bits<QP_BITS>>,
    pub va: Signal<In, Bits<64>>,
    pub src: Signal<In, Bit>,
    pub cqe_low: Signal<In, Bits<64>>,
    pub cqe_high: Signal<In, Bits<64>>,
    pub finished: Signal<Out, Bit>,
    /// A work request caused by a controller went to the requester (one-cycle pulse, bit 0 = A).
    pub work_from: Signal<Out, Bits<2>>,
    /// Toward the requester: the request (valid/ready) and its payload.
    pub valid: Signal<Out, Bit>,
    pub ready: Signal<In, Bit>,
    pub work_qp: Signal<Out, Bits<QP_BITS>>,
    pub kind: Signal<Out, Bits<2>>,
    pub length: Signal<Out, Bits<16>>,
    pub work_va: Signal<Out, Bits<64>>,
    pub rkey: Signal<Out, Bits<32>>,
    pub tag: Signal<Out, Bits<8>>,
    pub payload: StreamOut,
    /// The controllers' streams as offered, and which are up and not fenced, for the mover.
    pub from_a_tdata: Signal<In, Bits<64>>,
    pub from_a_tvalid: Signal<In, Bit>,
    pub from_a_tlast: Signal<In, Bit>,
    pub from_b_tdata: Signal<In, Bits<64>>,
    pub from_b_tvalid: Signal<In, Bit>,
    pub from_b_tlast: Signal<In, Bit>,
    pub available: Signal<In, Bits<2>>,
    /// The mover's state for the controller intake: moving from link `mover_src`, taking a beat,
    /// draining a link (bit 0 = A); and a WRITE closed short (one-cycle pulse).
    pub mover_busy: Signal<Out, Bit>,
    pub mover_src: Signal<Out, Bit>,
    pub mover_take: Signal<Out, Bit>,
    pub mover_skip: Signal<Out, Bits<2>>,
    pub write_truncated: Signal<Out, Bit>,
    step: DFF<IssueStep>,
    fields: DFF<WorkRequestFields>,
    mover: WriteMover,
    /// The request is taken this cycle.
    taken: Signal<Local, Bit>,
    kind_write: Constant<Bits<2>>,
    kind_read: Constant<Bits<2>>,
    link_a_bit: Constant<Bits<2>>,
    link_b_bit: Constant<Bits<2>>,
    no_link: Constant<Bits<2>>,
}

impl<const QP_BITS: usize> Default for WorkRequestIssuer<QP_BITS> {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            load: Default::default(),
            load_fields: Default::default(),
            qp: Default::default(),
            va: Default::default(),
            src: Default::default(),
            cqe_low: Default::default(),
            cqe_high: Default::default(),
            finished: Default::default(),
            work_from: Default::default(),
            valid: Default::default(),
            ready: Default::default(),
            work_qp: Default::default(),
            kind: Default::default(),
            length: Default::default(),
            work_va: Default::default(),
            rkey: Default::default(),
            tag: Default::default(),
            payload: Default::default(),
            from_a_tdata: Default::default(),
            from_a_tvalid: Default::default(),
            from_a_tlast: Default::default(),
            from_b_tdata: Default::default(),
            from_b_tvalid: Default::default(),
            from_b_tlast: Default::default(),
            available: Default::default(),
            mover_busy: Default::default(),
            mover_src: Default::default(),
            mover_take: Default::default(),
            mover_skip: Default::default(),
            write_truncated: Default::default(),
            step: Default::default(),
            fields: Default::default(),
            mover: Default::default(),
            taken: Default::default(),
            kind_write: constant(WrKind::Write.code() as u64),
            kind_read: constant(WrKind::Read.code() as u64),
            link_a_bit: constant(1),
            link_b_bit: constant(2),
            no_link: constant(0),
        }
    }
}

impl<const QP_BITS: usize> Logic for WorkRequestIssuer<QP_BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, step, fields);
        if self.load.val() {
            self.fields.d.next = self.load_fields.val();
            self.step.d.next = IssueStep::Offer;
        }
        self.work_qp.next = self.qp.val();
        self.kind.next = self.fields.q.val().kind;
        self.length.next = self.fields.q.val().length;
        self.work_va.next = self.va.val();
        self.rkey.next = self.fields.q.val().rkey;
        self.tag.next = self.fields.q.val().tag;
        self.valid.next = false;
        self.payload.tdata.next = self.cqe_low.val();
        self.payload.tlast.next = false;
        self.payload.tvalid.next = false;
        self.finished.next = false;
        self.work_from.next = self.no_link.val();
        self.taken.next = false;
        match self.step.q.val() {
            IssueStep::Offer => {
                // The previous WRITE's data goes first.
                self.valid.next = !self.mover.busy.val();
                self.taken.next = self.ready.val() & !self.mover.busy.val();
                if self.taken.val() {
                    if self.fields.q.val().caused {
                        self.work_from.next = self.link_a_bit.val();
                        if self.src.val() {
                            self.work_from.next = self.link_b_bit.val();
                        }
                    }
                    if (self.fields.q.val().kind == self.kind_write.val()) | (self.fields.q.val().kind == self.kind_read.val()) {
                        self.finished.next = true;
                        self.step.d.next = IssueStep::Idle;
                    } else {
                        self.step.d.next = IssueStep::CqeLow;
                    }
                }
            }
            IssueStep::CqeLow => {
                self.payload.tvalid.next = true;
                if self.payload.tready.val() {
                    self.step.d.next = IssueStep::CqeHigh;
                }
            }
            IssueStep::CqeHigh => {
                self.payload.tdata.next = self.cqe_high.val();
                self.payload.tvalid.next = true;
                self.payload.tlast.next = true;
                if self.payload.tready.val() {
                    self.finished.next = true;
                    self.step.d.next = IssueStep::Idle;
                }
            }
            _ => {}
        }

        // A WRITE's data: the mover starts as its request is taken.
        self.mover.clock.next = self.clock.val();
        self.mover.reset.next = self.reset.val();
        self.mover.start.next = self.taken.val() & (self.fields.q.val().kind == self.kind_write.val());
        self.mover.start_src.next = self.src.val();
        self.mover.start_length.next = self.fields.q.val().length;
        self.mover.from_a_tdata.next = self.from_a_tdata.val();
        self.mover.from_a_tvalid.next = self.from_a_tvalid.val();
        self.mover.from_a_tlast.next = self.from_a_tlast.val();
        self.mover.from_b_tdata.next = self.from_b_tdata.val();
        self.mover.from_b_tvalid.next = self.from_b_tvalid.val();
        self.mover.from_b_tlast.next = self.from_b_tlast.val();
        self.mover.available.next = self.available.val();
        self.mover.payload_tready.next = self.payload.tready.val();
        if self.mover.busy.val() {
            self.payload.tdata.next = self.mover.payload_tdata.val();
            self.payload.tlast.next = self.mover.payload_tlast.val();
            self.payload.tvalid.next = self.mover.payload_tvalid.val();
        }
        self.mover_busy.next = self.mover.busy.val();
        self.mover_src.next = self.mover.src.val();
        self.mover_take.next = self.mover.take.val();
        self.mover_skip.next = self.mover.skip.val();
        self.write_truncated.next = self.mover.write_truncated.val();
        if self.reset.val() {
            self.step.d.next = IssueStep::Idle;
        }
    }
}
