//! Receive frame queue: keeps every frame's payload in a ring until the parser's verdict on that
//! frame is in, then offers the frame — the header fields the transport needs and whether the
//! parser accepted it — with its payload words, in arrival order.
//!
//! The parser's three streams (descriptor, payload, verdict) are independent, and a frame's
//! payload may leave the parser before its ICRC is checked (docs/rx-parser.md): nothing may act
//! on a payload before its verdict. Here the payload flows into the ring at once, one word a
//! cycle, while the descriptor waits in `pending` for its verdict; a judged frame joins a
//! two-entry queue. Every payload goes through the ring, accepted or not, so the consumer frees
//! ring space in order by reading (or skipping) each frame's words. The ring must hold the
//! largest payload (the path MTU): a frame whose payload cannot fit would stall the parser
//! before its verdict, and the frames ahead of it are always judged, so the consumer can drain.

use crate::stream::axis::FrameWord;
use rust_hdl::prelude::*;

/// What the transport needs of a received frame.
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct RxFrame {
    pub opcode: Bits<8>,
    /// BTH DestQP: the NIC's QP number.
    pub qp: Bits<24>,
    pub psn: Bits<24>,
    pub ack_req: Bit,
    /// AETH syndrome (ACK and READ Response First/Last/Only).
    pub syndrome: Bits<8>,
    pub payload_length: Bits<13>,
    /// The frame's payload words are in the ring (a packet ending in `tlast`).
    pub has_payload: Bit,
    /// The parser's verdict was "accepted".
    pub accepted: Bit,
}

#[derive(LogicBlock)]
pub struct RxFrameQueue<const RING_BITS: usize, const POINTER_BITS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// The parser's descriptor (the fields used here).
    pub desc_valid: Signal<In, Bit>,
    pub desc_ready: Signal<Out, Bit>,
    pub desc_opcode: Signal<In, Bits<8>>,
    pub desc_dest_qp: Signal<In, Bits<24>>,
    pub desc_psn: Signal<In, Bits<24>>,
    pub desc_ack_req: Signal<In, Bit>,
    pub desc_aeth_syndrome: Signal<In, Bits<8>>,
    pub desc_payload_length: Signal<In, Bits<16>>,
    pub desc_has_payload: Signal<In, Bit>,
    /// The parser's payload stream.
    pub s_axis_tdata: Signal<In, Bits<64>>,
    pub s_axis_tkeep: Signal<In, Bits<8>>,
    pub s_axis_tlast: Signal<In, Bit>,
    pub s_axis_tvalid: Signal<In, Bit>,
    pub s_axis_tready: Signal<Out, Bit>,
    /// The parser's verdict: 0 accepted, else the drop cause.
    pub verdict_valid: Signal<In, Bit>,
    pub verdict_ready: Signal<Out, Bit>,
    pub verdict_cause: Signal<In, Bits<5>>,
    /// The oldest judged frame; `frame_pop` (with `frame_valid`) finishes it. Its payload words
    /// (when `has_payload`) are the next ones on `m_axis_*`; pop it after taking the last.
    pub frame_valid: Signal<Out, Bit>,
    pub frame: Signal<Out, RxFrame>,
    pub frame_pop: Signal<In, Bit>,
    pub m_axis_tdata: Signal<Out, Bits<64>>,
    pub m_axis_tkeep: Signal<Out, Bits<8>>,
    pub m_axis_tlast: Signal<Out, Bit>,
    pub m_axis_tvalid: Signal<Out, Bit>,
    pub m_axis_tready: Signal<In, Bit>,
    ring: RAM<FrameWord, RING_BITS>,
    /// The descriptor waiting for its verdict.
    pending: DFF<RxFrame>,
    pending_valid: DFF<Bit>,
    /// Judged frames: `head` is the oldest.
    head: DFF<RxFrame>,
    head_valid: DFF<Bit>,
    second: DFF<RxFrame>,
    second_valid: DFF<Bit>,
    /// Ring pointers (one bit wider than an address: full and empty differ); `written` is the
    /// write pointer a cycle late — a word is readable the cycle after it is written.
    write_pointer: DFF<Bits<POINTER_BITS>>,
    read_pointer: DFF<Bits<POINTER_BITS>>,
    written: DFF<Bits<POINTER_BITS>>,
    judged: Signal<Local, RxFrame>,
    take_verdict: Signal<Local, Bit>,
    pop: Signal<Local, Bit>,
    ring_full: Signal<Local, Bit>,
    advance: Signal<Local, Bit>,
    next_read: Signal<Local, Bits<POINTER_BITS>>,
    stored: Signal<Local, FrameWord>,
    ring_size: Constant<Bits<POINTER_BITS>>,
    one: Constant<Bits<POINTER_BITS>>,
    zero: Constant<Bits<POINTER_BITS>>,
}

impl<const RING_BITS: usize, const POINTER_BITS: usize> Default for RxFrameQueue<RING_BITS, POINTER_BITS> {
    fn default() -> Self {
        assert_eq!(POINTER_BITS, RING_BITS + 1);
        Self {
            clock: Default::default(),
            reset: Default::default(),
            desc_valid: Default::default(),
            desc_ready: Default::default(),
            desc_opcode: Default::default(),
            desc_dest_qp: Default::default(),
            desc_psn: Default::default(),
            desc_ack_req: Default::default(),
            desc_aeth_syndrome: Default::default(),
            desc_payload_length: Default::default(),
            desc_has_payload: Default::default(),
            s_axis_tdata: Default::default(),
            s_axis_tkeep: Default::default(),
            s_axis_tlast: Default::default(),
            s_axis_tvalid: Default::default(),
            s_axis_tready: Default::default(),
            verdict_valid: Default::default(),
            verdict_ready: Default::default(),
            verdict_cause: Default::default(),
            frame_valid: Default::default(),
            frame: Default::default(),
            frame_pop: Default::default(),
            m_axis_tdata: Default::default(),
            m_axis_tkeep: Default::default(),
            m_axis_tlast: Default::default(),
            m_axis_tvalid: Default::default(),
            m_axis_tready: Default::default(),
            ring: Default::default(),
            pending: Default::default(),
            pending_valid: Default::default(),
            head: Default::default(),
            head_valid: Default::default(),
            second: Default::default(),
            second_valid: Default::default(),
            write_pointer: Default::default(),
            read_pointer: Default::default(),
            written: Default::default(),
            judged: Default::default(),
            take_verdict: Default::default(),
            pop: Default::default(),
            ring_full: Default::default(),
            advance: Default::default(),
            next_read: Default::default(),
            stored: Default::default(),
            ring_size: Constant::new((1u64 << RING_BITS).to_bits()),
            one: Constant::new(1u64.to_bits()),
            zero: Constant::new(0u64.to_bits()),
        }
    }
}

impl<const RING_BITS: usize, const POINTER_BITS: usize> Logic for RxFrameQueue<RING_BITS, POINTER_BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, pending, pending_valid, head, head_valid, second, second_valid, write_pointer, read_pointer, written);
        self.ring.read_clock.next = self.clock.val();
        self.ring.write_clock.next = self.clock.val();

        // Descriptor: held until its verdict (descriptors and verdicts come one per frame, in order).
        self.desc_ready.next = !self.pending_valid.q.val();
        if self.desc_valid.val() & !self.pending_valid.q.val() {
            self.pending.d.next.opcode = self.desc_opcode.val();
            self.pending.d.next.qp = self.desc_dest_qp.val();
            self.pending.d.next.psn = self.desc_psn.val();
            self.pending.d.next.ack_req = self.desc_ack_req.val();
            self.pending.d.next.syndrome = self.desc_aeth_syndrome.val();
            self.pending.d.next.payload_length = self.desc_payload_length.val().get_bits::<13>(0);
            self.pending.d.next.has_payload = self.desc_has_payload.val();
            self.pending.d.next.accepted = false;
            self.pending_valid.d.next = true;
        }

        // Verdict: the judged frame joins the queue when the second place is free.
        self.verdict_ready.next = self.pending_valid.q.val() & !self.second_valid.q.val();
        self.take_verdict.next = self.verdict_valid.val() & self.pending_valid.q.val() & !self.second_valid.q.val();
        self.judged.next = self.pending.q.val();
        self.judged.next.accepted = !self.verdict_cause.val().any();
        self.frame_valid.next = self.head_valid.q.val();
        self.frame.next = self.head.q.val();
        self.pop.next = self.frame_pop.val() & self.head_valid.q.val();
        if self.pop.val() {
            if self.second_valid.q.val() {
                self.head.d.next = self.second.q.val();
                self.second_valid.d.next = false;
            } else {
                self.head_valid.d.next = false;
            }
        }
        if self.take_verdict.val() {
            self.pending_valid.d.next = false;
            if !self.head_valid.q.val() | (self.pop.val() & !self.second_valid.q.val()) {
                self.head.d.next = self.judged.val();
                self.head_valid.d.next = true;
            } else {
                self.second.d.next = self.judged.val();
                self.second_valid.d.next = true;
            }
        }

        // Payload in: every word, as it comes, while the ring has room.
        self.ring_full.next = (self.write_pointer.q.val() - self.read_pointer.q.val()) == self.ring_size.val();
        self.s_axis_tready.next = !self.ring_full.val();
        self.stored.next.tdata = self.s_axis_tdata.val();
        self.stored.next.tkeep = self.s_axis_tkeep.val();
        self.stored.next.tlast = self.s_axis_tlast.val();
        self.ring.write_data.next = self.stored.val();
        self.ring.write_address.next = bit_cast::<RING_BITS, POINTER_BITS>(self.write_pointer.q.val());
        self.ring.write_enable.next = self.s_axis_tvalid.val() & !self.ring_full.val();
        if self.s_axis_tvalid.val() & !self.ring_full.val() {
            self.write_pointer.d.next = self.write_pointer.q.val() + self.one.val();
        }
        self.written.d.next = self.write_pointer.q.val();

        // Payload out: the RAM is read at the next read pointer, so its output is the word at the
        // read pointer in every cycle.
        self.m_axis_tvalid.next = self.read_pointer.q.val() != self.written.q.val();
        self.advance.next = (self.read_pointer.q.val() != self.written.q.val()) & self.m_axis_tready.val();
        self.next_read.next = self.read_pointer.q.val();
        if self.advance.val() {
            self.next_read.next = self.read_pointer.q.val() + self.one.val();
        }
        self.read_pointer.d.next = self.next_read.val();
        self.ring.read_address.next = bit_cast::<RING_BITS, POINTER_BITS>(self.next_read.val());
        self.m_axis_tdata.next = self.ring.read_data.val().tdata;
        self.m_axis_tkeep.next = self.ring.read_data.val().tkeep;
        self.m_axis_tlast.next = self.ring.read_data.val().tlast;

        if self.reset.val() {
            self.pending_valid.d.next = false;
            self.head_valid.d.next = false;
            self.second_valid.d.next = false;
            self.write_pointer.d.next = self.zero.val();
            self.read_pointer.d.next = self.zero.val();
            self.written.d.next = self.zero.val();
        }
    }
}
