//! The requester's mover: one packet's header fields on `tx_*` and its payload words streamed out
//! of the replay ring, one per cycle.
//!
//! The engine `load`s a packet when the mover `can_load`: the fields the `tx_*` ports show until
//! the builder takes them, and where the packet's words start in the ring and how many there
//! are. A packet loaded while another streams waits in a one-packet queue and starts streaming in
//! the cycle after the other's last word, so the engine and the builder prepare the next packet
//! while this one's payload flows (issue 25). The ring's read data is the word at `move_word`
//! once primed; the address moves on in the cycle a word is taken, so a packet streams without a
//! bubble.

use super::rc::PSN_BITS;
use crate::constant::constant;
use rust_hdl::prelude::*;

/// What the `tx_*` ports show for one packet.
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct TxFields {
    pub qp: Bits<8>,
    pub opcode: Bits<8>,
    pub psn: Bits<PSN_BITS>,
    pub ack_req: Bit,
    pub reth_va: Bits<64>,
    pub reth_rkey: Bits<32>,
    pub reth_length: Bits<32>,
    pub ieth_rkey: Bits<32>,
    pub payload_length: Bits<13>,
}

#[derive(LogicBlock)]
pub struct ReplayMover<const QP_BITS: usize, const RING_ADDRESS_BITS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub load: Signal<In, Bit>,
    pub load_fields: Signal<In, TxFields>,
    pub load_qp: Signal<In, Bits<QP_BITS>>,
    /// The packet's first ring word (free-running) and its payload words.
    pub load_word: Signal<In, Bits<16>>,
    pub load_words: Signal<In, Bits<10>>,
    /// The builder has taken the last packet's fields and no packet waits to stream.
    pub can_load: Signal<Out, Bit>,
    /// The ring words still to be read, from the first on: the streaming packet's and the
    /// queued one's (an admission must not overwrite them).
    pub streaming_hold: Signal<Out, Bit>,
    pub streaming_qp: Signal<Out, Bits<QP_BITS>>,
    pub streaming_word: Signal<Out, Bits<16>>,
    pub queued_hold: Signal<Out, Bit>,
    pub queued_qp: Signal<Out, Bits<QP_BITS>>,
    pub queued_word: Signal<Out, Bits<16>>,
    pub ring_read_address: Signal<Out, Bits<RING_ADDRESS_BITS>>,
    pub ring_read_data: Signal<In, Bits<64>>,
    pub tx_valid: Signal<Out, Bit>,
    pub tx_ready: Signal<In, Bit>,
    pub tx_qp: Signal<Out, Bits<QP_BITS>>,
    pub tx_opcode: Signal<Out, Bits<8>>,
    pub tx_psn: Signal<Out, Bits<PSN_BITS>>,
    pub tx_ack_req: Signal<Out, Bit>,
    pub tx_reth_va: Signal<Out, Bits<64>>,
    pub tx_reth_rkey: Signal<Out, Bits<32>>,
    pub tx_reth_length: Signal<Out, Bits<32>>,
    pub tx_ieth_rkey: Signal<Out, Bits<32>>,
    pub tx_payload_length: Signal<Out, Bits<13>>,
    pub m_axis_tx_tdata: Signal<Out, Bits<64>>,
    pub m_axis_tx_tlast: Signal<Out, Bit>,
    pub m_axis_tx_tvalid: Signal<Out, Bit>,
    pub m_axis_tx_tready: Signal<In, Bit>,

    tx_pending: DFF<Bit>,
    tx_fields: DFF<TxFields>,
    move_qp: DFF<Bits<QP_BITS>>,
    move_word: DFF<Bits<16>>,
    move_left: DFF<Bits<10>>,
    move_primed: DFF<Bit>,
    /// The packet loaded while another streams: its QP, first ring word and words.
    queue_full: DFF<Bit>,
    queue_qp: DFF<Bits<QP_BITS>>,
    queue_word: DFF<Bits<16>>,
    queue_left: DFF<Bits<10>>,
    /// The queued packet becomes the one streaming.
    queue_starts: Signal<Local, Bit>,
    move_advance: Signal<Local, Bit>,
    move_offset: Signal<Local, Bits<RING_ADDRESS_BITS>>,
    read_qp: Signal<Local, Bits<QP_BITS>>,
    /// Ring words per QP: 2^(RING_ADDRESS_BITS − QP_BITS).
    ring_shift: Constant<Bits<8>>,
    ring_mask: Constant<Bits<16>>,
    one_word: Constant<Bits<16>>,
    one_left: Constant<Bits<10>>,
    none_left: Constant<Bits<10>>,
}

impl<const QP_BITS: usize, const RING_ADDRESS_BITS: usize> Default for ReplayMover<QP_BITS, RING_ADDRESS_BITS> {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            load: Default::default(),
            load_fields: Default::default(),
            load_qp: Default::default(),
            load_word: Default::default(),
            load_words: Default::default(),
            can_load: Default::default(),
            streaming_hold: Default::default(),
            streaming_qp: Default::default(),
            streaming_word: Default::default(),
            queued_hold: Default::default(),
            queued_qp: Default::default(),
            queued_word: Default::default(),
            ring_read_address: Default::default(),
            ring_read_data: Default::default(),
            tx_valid: Default::default(),
            tx_ready: Default::default(),
            tx_qp: Default::default(),
            tx_opcode: Default::default(),
            tx_psn: Default::default(),
            tx_ack_req: Default::default(),
            tx_reth_va: Default::default(),
            tx_reth_rkey: Default::default(),
            tx_reth_length: Default::default(),
            tx_ieth_rkey: Default::default(),
            tx_payload_length: Default::default(),
            m_axis_tx_tdata: Default::default(),
            m_axis_tx_tlast: Default::default(),
            m_axis_tx_tvalid: Default::default(),
            m_axis_tx_tready: Default::default(),
            tx_pending: Default::default(),
            tx_fields: Default::default(),
            move_qp: Default::default(),
            move_word: Default::default(),
            move_left: Default::default(),
            move_primed: Default::default(),
            queue_full: Default::default(),
            queue_qp: Default::default(),
            queue_word: Default::default(),
            queue_left: Default::default(),
            queue_starts: Default::default(),
            move_advance: Default::default(),
            move_offset: Default::default(),
            read_qp: Default::default(),
            ring_shift: constant((RING_ADDRESS_BITS - QP_BITS) as u64),
            ring_mask: constant((1 << (RING_ADDRESS_BITS - QP_BITS)) - 1),
            one_word: constant(1),
            one_left: constant(1),
            none_left: constant(0),
        }
    }
}

impl<const QP_BITS: usize, const RING_ADDRESS_BITS: usize> Logic for ReplayMover<QP_BITS, RING_ADDRESS_BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, tx_pending, tx_fields, move_qp, move_word, move_left, move_primed, queue_full, queue_qp, queue_word, queue_left);
        self.can_load.next = !self.tx_pending.q.val() & !self.queue_full.q.val();
        self.streaming_hold.next = self.move_left.q.val() != self.none_left.val();
        self.streaming_qp.next = self.move_qp.q.val();
        self.streaming_word.next = self.move_word.q.val();
        self.queued_hold.next = self.queue_full.q.val();
        self.queued_qp.next = self.queue_qp.q.val();
        self.queued_word.next = self.queue_word.q.val();
        self.tx_valid.next = self.tx_pending.q.val();
        self.tx_qp.next = bit_cast::<QP_BITS, 8>(self.tx_fields.q.val().qp);
        self.tx_opcode.next = self.tx_fields.q.val().opcode;
        self.tx_psn.next = self.tx_fields.q.val().psn;
        self.tx_ack_req.next = self.tx_fields.q.val().ack_req;
        self.tx_reth_va.next = self.tx_fields.q.val().reth_va;
        self.tx_reth_rkey.next = self.tx_fields.q.val().reth_rkey;
        self.tx_reth_length.next = self.tx_fields.q.val().reth_length;
        self.tx_ieth_rkey.next = self.tx_fields.q.val().ieth_rkey;
        self.tx_payload_length.next = self.tx_fields.q.val().payload_length;
        if self.tx_ready.val() {
            self.tx_pending.d.next = false;
        }
        self.m_axis_tx_tvalid.next = self.move_primed.q.val() & (self.move_left.q.val() != self.none_left.val());
        self.m_axis_tx_tdata.next = self.ring_read_data.val();
        self.m_axis_tx_tlast.next = self.move_left.q.val() == self.one_left.val();
        self.move_advance.next = self.m_axis_tx_tvalid.val() & self.m_axis_tx_tready.val();
        self.move_offset.next = bit_cast::<RING_ADDRESS_BITS, 16>(self.move_word.q.val() & self.ring_mask.val());
        if self.move_advance.val() {
            self.move_word.d.next = self.move_word.q.val() + self.one_word.val();
            self.move_left.d.next = self.move_left.q.val() - self.one_left.val();
            self.move_offset.next = bit_cast::<RING_ADDRESS_BITS, 16>((self.move_word.q.val() + self.one_word.val()) & self.ring_mask.val());
        }
        self.move_primed.d.next = self.move_left.q.val() != self.none_left.val();
        if self.move_advance.val() & (self.move_left.q.val() == self.one_left.val()) {
            self.move_primed.d.next = false;
        }
        self.read_qp.next = self.move_qp.q.val();

        // The queued packet starts as the streaming one takes its last word, or at once if none
        // streams; its first word is read now, so it streams from the next cycle on.
        self.queue_starts.next = self.queue_full.q.val()
            & ((self.move_left.q.val() == self.none_left.val())
                | (self.move_advance.val() & (self.move_left.q.val() == self.one_left.val())));
        if self.queue_starts.val() {
            self.queue_full.d.next = false;
            self.move_qp.d.next = self.queue_qp.q.val();
            self.move_word.d.next = self.queue_word.q.val();
            self.move_left.d.next = self.queue_left.q.val();
            self.move_primed.d.next = self.queue_left.q.val() != self.none_left.val();
            self.read_qp.next = self.queue_qp.q.val();
            self.move_offset.next = bit_cast::<RING_ADDRESS_BITS, 16>(self.queue_word.q.val() & self.ring_mask.val());
        }
        self.ring_read_address.next = (bit_cast::<RING_ADDRESS_BITS, QP_BITS>(self.read_qp.val()) << self.ring_shift.val()) | self.move_offset.val();

        // A packet loaded while none streams or waits starts at once (its first word is read next
        // cycle); else it waits in the queue.
        if self.load.val() {
            self.tx_pending.d.next = true;
            self.tx_fields.d.next = self.load_fields.val();
            if (self.move_left.q.val() == self.none_left.val()) & !self.queue_full.q.val() {
                self.move_qp.d.next = self.load_qp.val();
                self.move_word.d.next = self.load_word.val();
                self.move_left.d.next = self.load_words.val();
            } else {
                self.queue_full.d.next = true;
                self.queue_qp.d.next = self.load_qp.val();
                self.queue_word.d.next = self.load_word.val();
                self.queue_left.d.next = self.load_words.val();
            }
        }
        if self.reset.val() {
            self.tx_pending.d.next = false;
            self.move_left.d.next = self.none_left.val();
            self.move_primed.d.next = false;
            self.queue_full.d.next = false;
        }
    }
}
