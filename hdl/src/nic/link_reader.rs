//! The connector's reader of controller messages (docs/controller-link.md): takes the header the
//! intake picked, then a `WQE`'s descriptor and, when the engine asks, a `SEND`'s CQE, word by
//! word, checking each against the link protocol. It holds what it read for the engine until the
//! next message. A message ends here — to the engine's idle — when it is a fenced controller's
//! (only its answer to our `FENCE` counts), not a `WQE` (a `TAKEOVER_ACK` is counted, the rest
//! proves the controller alive), for a QP beyond the table, too short, or when its controller is
//! lost while it is read (late); the rest of it is drained.

use crate::bundles::link_message::{MessageBeatIn, NextMessageIn};
use crate::constant::constant;
use crate::link::message::{MessageType, WqeOp, WQE_DESCRIPTOR_BYTES};
use crate::nvme::capsule::CQE_BYTES;
use rust_hdl::prelude::*;

#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum ReadStep {
    Idle,
    Header,
    Descriptor1,
    Descriptor2,
    Descriptor3,
    Cqe0,
    Cqe1,
}

#[derive(LogicBlock)]
pub struct LinkReader<const QP_BITS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// The engine takes the header of the next message the intake offers.
    pub take_header: Signal<In, Bit>,
    pub offered: NextMessageIn,
    /// The engine found a valid `SEND` descriptor: read its CQE.
    pub read_cqe: Signal<In, Bit>,
    /// The beats of this message's link, as the intake offers them.
    pub beat: MessageBeatIn,
    /// Per controller (bit 0 = A): fenced; a `FENCE` sent and not yet answered.
    pub fenced: Signal<In, Bits<2>>,
    pub fence_sent: Signal<In, Bits<2>>,
    /// This cycle (one-cycle pulses): the message goes no further; the descriptor was read;
    /// the CQE's first word (`beat_data`) was read; its second, and the CQE is complete.
    pub finished: Signal<Out, Bit>,
    pub descriptor_read: Signal<Out, Bit>,
    pub cqe_low_read: Signal<Out, Bit>,
    pub cqe_read: Signal<Out, Bit>,
    /// Drain this link up to the end of the message; a controller answered our `FENCE`.
    pub skip: Signal<Out, Bits<2>>,
    pub fence_acked: Signal<Out, Bits<2>>,
    /// Counter events.
    pub late_discarded: Signal<Out, Bit>,
    pub wqe_unknown_qp: Signal<Out, Bit>,
    pub wqe_malformed: Signal<Out, Bit>,
    pub takeover_acked: Signal<Out, Bit>,
    /// The message: its link (1 = B) as a number and as a link bit; its last beat was taken;
    /// the header's tag.
    pub src: Signal<Out, Bit>,
    pub src_bit: Signal<Out, Bits<2>>,
    pub ended: Signal<Out, Bit>,
    pub tag: Signal<Out, Bits<16>>,
    /// The descriptor, and which well-formed work request it is (its length fits 16 bits and
    /// agrees with the message's): an RDMA WRITE whose data follows, an RDMA READ, or a `SEND`
    /// (`send_invalidate`: with invalidate) whose CQE follows.
    pub length: Signal<Out, Bits<16>>,
    pub va: Signal<Out, Bits<64>>,
    pub rkey: Signal<Out, Bits<32>>,
    pub invalidate: Signal<Out, Bits<32>>,
    pub write_ok: Signal<Out, Bit>,
    pub read_ok: Signal<Out, Bit>,
    pub send_ok: Signal<Out, Bit>,
    pub send_invalidate: Signal<Out, Bit>,
    step: DFF<ReadStep>,
    from_b: DFF<Bit>,
    kind: DFF<Bits<8>>,
    header_qp: DFF<Bits<16>>,
    header_length: DFF<Bits<16>>,
    header_tag: DFF<Bits<16>>,
    last_taken: DFF<Bit>,
    op: DFF<Bits<8>>,
    wqe_length: DFF<Bits<32>>,
    wqe_va: DFF<Bits<64>>,
    wqe_rkey: DFF<Bits<32>>,
    wqe_invalidate: DFF<Bits<32>>,
    finish: Signal<Local, Bit>,
    reading: Signal<Local, Bit>,
    length_fits: Signal<Local, Bit>,
    qp_high_mask: Constant<Bits<16>>,
    type_wqe: Constant<Bits<8>>,
    type_takeover_ack: Constant<Bits<8>>,
    type_fence_ack: Constant<Bits<8>>,
    op_write: Constant<Bits<8>>,
    op_send: Constant<Bits<8>>,
    op_send_invalidate: Constant<Bits<8>>,
    op_read: Constant<Bits<8>>,
    upper_16_of_32: Constant<Bits<32>>,
    no_length: Constant<Bits<32>>,
    no_qp_bits: Constant<Bits<16>>,
    descriptor_bytes: Constant<Bits<16>>,
    send_payload_bytes: Constant<Bits<16>>,
    cqe_bytes: Constant<Bits<32>>,
    link_a: Constant<Bits<2>>,
    link_b: Constant<Bits<2>>,
    no_link: Constant<Bits<2>>,
}

impl<const QP_BITS: usize> Default for LinkReader<QP_BITS> {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            take_header: Default::default(),
            offered: Default::default(),
            read_cqe: Default::default(),
            beat: Default::default(),
            fenced: Default::default(),
            fence_sent: Default::default(),
            finished: Default::default(),
            descriptor_read: Default::default(),
            cqe_low_read: Default::default(),
            cqe_read: Default::default(),
            skip: Default::default(),
            fence_acked: Default::default(),
            late_discarded: Default::default(),
            wqe_unknown_qp: Default::default(),
            wqe_malformed: Default::default(),
            takeover_acked: Default::default(),
            src: Default::default(),
            src_bit: Default::default(),
            ended: Default::default(),
            tag: Default::default(),
            length: Default::default(),
            va: Default::default(),
            rkey: Default::default(),
            invalidate: Default::default(),
            write_ok: Default::default(),
            read_ok: Default::default(),
            send_ok: Default::default(),
            send_invalidate: Default::default(),
            step: Default::default(),
            from_b: Default::default(),
            kind: Default::default(),
            header_qp: Default::default(),
            header_length: Default::default(),
            header_tag: Default::default(),
            last_taken: Default::default(),
            op: Default::default(),
            wqe_length: Default::default(),
            wqe_va: Default::default(),
            wqe_rkey: Default::default(),
            wqe_invalidate: Default::default(),
            finish: Default::default(),
            reading: Default::default(),
            length_fits: Default::default(),
            qp_high_mask: constant(0xFFFF & !((1u64 << QP_BITS) - 1)),
            type_wqe: constant(MessageType::Wqe as u64),
            type_takeover_ack: constant(MessageType::TakeoverAck as u64),
            type_fence_ack: constant(MessageType::FenceAck as u64),
            op_write: constant(WqeOp::Write as u64),
            op_send: constant(WqeOp::Send as u64),
            op_send_invalidate: constant(WqeOp::SendInvalidate as u64),
            op_read: constant(WqeOp::Read as u64),
            upper_16_of_32: constant(0xFFFF_0000),
            no_length: constant(0),
            no_qp_bits: constant(0),
            descriptor_bytes: constant(WQE_DESCRIPTOR_BYTES as u64),
            send_payload_bytes: constant((WQE_DESCRIPTOR_BYTES + CQE_BYTES) as u64),
            cqe_bytes: constant(CQE_BYTES as u64),
            link_a: constant(1),
            link_b: constant(2),
            no_link: constant(0),
        }
    }
}

impl<const QP_BITS: usize> Logic for LinkReader<QP_BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, step, from_b, kind, header_qp, header_length, header_tag, last_taken, op, wqe_length, wqe_va, wqe_rkey,
            wqe_invalidate
        );
        self.src.next = self.from_b.q.val();
        self.beat.src.next = self.from_b.q.val();
        self.src_bit.next = self.link_a.val();
        if self.from_b.q.val() {
            self.src_bit.next = self.link_b.val();
        }
        self.ended.next = self.last_taken.q.val();
        self.tag.next = self.header_tag.q.val();
        self.length.next = self.wqe_length.q.val().get_bits::<16>(0);
        self.va.next = self.wqe_va.q.val();
        self.rkey.next = self.wqe_rkey.q.val();
        self.invalidate.next = self.wqe_invalidate.q.val();
        self.length_fits.next = ((self.wqe_length.q.val() & self.upper_16_of_32.val()) == self.no_length.val())
            & (self.wqe_length.q.val() != self.no_length.val());
        self.write_ok.next = (self.op.q.val() == self.op_write.val())
            & !self.last_taken.q.val()
            & self.length_fits.val()
            & (self.header_length.q.val() - self.descriptor_bytes.val() == self.wqe_length.q.val().get_bits::<16>(0));
        self.read_ok.next = (self.op.q.val() == self.op_read.val())
            & self.last_taken.q.val()
            & self.length_fits.val()
            & (self.header_length.q.val() == self.descriptor_bytes.val());
        self.send_invalidate.next = self.op.q.val() == self.op_send_invalidate.val();
        self.send_ok.next = ((self.op.q.val() == self.op_send.val()) | self.send_invalidate.val())
            & !self.last_taken.q.val()
            & (self.wqe_length.q.val() == self.cqe_bytes.val())
            & (self.header_length.q.val() == self.send_payload_bytes.val());
        self.beat.take.next = false;
        self.finish.next = false;
        self.finished.next = false;
        self.descriptor_read.next = false;
        self.cqe_low_read.next = false;
        self.cqe_read.next = false;
        self.skip.next = self.no_link.val();
        self.fence_acked.next = self.no_link.val();
        self.late_discarded.next = false;
        self.wqe_unknown_qp.next = false;
        self.wqe_malformed.next = false;
        self.takeover_acked.next = false;
        match self.step.q.val() {
            ReadStep::Header => {
                if (self.fenced.val() & self.src_bit.val()).any() {
                    // Fenced: only its answer to our FENCE counts.
                    if (self.kind.q.val() == self.type_fence_ack.val()) & (self.fence_sent.val() & self.src_bit.val()).any() {
                        self.fence_acked.next = self.src_bit.val();
                    } else {
                        self.late_discarded.next = true;
                    }
                    self.finish.next = true;
                } else if self.kind.q.val() == self.type_wqe.val() {
                    if (self.header_qp.q.val() & self.qp_high_mask.val()) != self.no_qp_bits.val() {
                        self.wqe_unknown_qp.next = true;
                        self.finish.next = true;
                    } else if self.last_taken.q.val() {
                        self.wqe_malformed.next = true;
                        self.finish.next = true;
                    } else {
                        self.step.d.next = ReadStep::Descriptor1;
                    }
                } else {
                    self.takeover_acked.next = self.kind.q.val() == self.type_takeover_ack.val();
                    self.finish.next = true;
                }
            }
            ReadStep::Descriptor1 => {
                if self.beat.valid.val() & !self.beat.lost.val() {
                    self.op.d.next = self.beat.data.val().get_bits::<8>(0);
                    self.wqe_length.d.next = self.beat.data.val().get_bits::<32>(32);
                    self.step.d.next = ReadStep::Descriptor2;
                }
            }
            ReadStep::Descriptor2 => {
                if self.beat.valid.val() & !self.beat.lost.val() {
                    self.wqe_va.d.next = self.beat.data.val();
                    self.step.d.next = ReadStep::Descriptor3;
                }
            }
            ReadStep::Descriptor3 => {
                if self.beat.valid.val() & !self.beat.lost.val() {
                    self.wqe_rkey.d.next = self.beat.data.val().get_bits::<32>(0);
                    self.wqe_invalidate.d.next = self.beat.data.val().get_bits::<32>(32);
                    self.descriptor_read.next = true;
                    self.step.d.next = ReadStep::Idle;
                }
            }
            ReadStep::Cqe0 => {
                if self.beat.valid.val() & !self.beat.lost.val() {
                    self.cqe_low_read.next = true;
                    self.step.d.next = ReadStep::Cqe1;
                }
            }
            ReadStep::Cqe1 => {
                if self.beat.valid.val() & !self.beat.lost.val() {
                    self.cqe_read.next = true;
                    self.step.d.next = ReadStep::Idle;
                }
            }
            _ => {}
        }
        // The words of a descriptor or a CQE: a message abandoned when its controller is lost,
        // or one that ends too early.
        self.reading.next = (self.step.q.val() != ReadStep::Idle) & (self.step.q.val() != ReadStep::Header);
        if self.reading.val() {
            if self.beat.lost.val() {
                self.late_discarded.next = true;
                self.skip.next = self.src_bit.val();
                self.finished.next = true;
                self.step.d.next = ReadStep::Idle;
            } else {
                self.beat.take.next = true;
                if self.beat.valid.val() {
                    self.last_taken.d.next = self.beat.last.val();
                    if self.beat.last.val() & (self.step.q.val() != ReadStep::Descriptor3) & (self.step.q.val() != ReadStep::Cqe1) {
                        self.wqe_malformed.next = true;
                        self.finished.next = true;
                        self.step.d.next = ReadStep::Idle;
                    }
                }
            }
        }
        // A message taken no further: whatever of it is still to come is drained.
        if self.finish.val() {
            self.finished.next = true;
            self.step.d.next = ReadStep::Idle;
            if !self.last_taken.q.val() {
                self.skip.next = self.src_bit.val();
            }
        }
        if self.read_cqe.val() {
            self.step.d.next = ReadStep::Cqe0;
        }
        if self.take_header.val() {
            self.from_b.d.next = self.offered.from_b.val();
            self.kind.d.next = self.offered.kind.val();
            self.header_qp.d.next = self.offered.fields.val().get_bits::<16>(0);
            self.header_length.d.next = self.offered.fields.val().get_bits::<16>(16);
            self.header_tag.d.next = self.offered.fields.val().get_bits::<16>(32);
            self.last_taken.d.next = self.offered.last.val();
            self.step.d.next = ReadStep::Header;
        }
        if self.reset.val() {
            self.step.d.next = ReadStep::Idle;
        }
    }
}
