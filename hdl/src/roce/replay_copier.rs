//! The requester's copier: a work request's payload words into its QP's part of the replay ring,
//! while the engine goes on with other events.
//!
//! The engine `start`s a copy when it admits a work request (or, with `start_empty`, marks a
//! request without payload copied at once), or `discard`s the payload of a request it refused.
//! A payload that ends early or goes on past its length fails the copy; the rest is discarded up
//! to its `tlast`. A finished copy is `done` until the engine `published` it; `failed` says
//! whether the message may be published (a refused request's discarded payload is never done).

use super::rc::PSN_BITS;
use crate::constant::constant;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct ReplayCopier<const QP_BITS: usize, const RING_ADDRESS_BITS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub start: Signal<In, Bit>,
    pub start_empty: Signal<In, Bit>,
    pub start_qp: Signal<In, Bits<QP_BITS>>,
    /// The first ring word (free-running) and how many words the payload fills.
    pub start_word: Signal<In, Bits<16>>,
    pub start_words: Signal<In, Bits<16>>,
    pub start_packets: Signal<In, Bits<PSN_BITS>>,
    pub start_tag: Signal<In, Bits<8>>,
    pub discard: Signal<In, Bit>,
    pub published: Signal<In, Bit>,
    pub s_axis_wr_tdata: Signal<In, Bits<64>>,
    pub s_axis_wr_tlast: Signal<In, Bit>,
    pub s_axis_wr_tvalid: Signal<In, Bit>,
    pub s_axis_wr_tready: Signal<Out, Bit>,
    pub ring_write_enable: Signal<Out, Bit>,
    pub ring_write_address: Signal<Out, Bits<RING_ADDRESS_BITS>>,
    pub ring_write_data: Signal<Out, Bits<64>>,
    pub busy: Signal<Out, Bit>,
    pub done: Signal<Out, Bit>,
    pub failed: Signal<Out, Bit>,
    /// The finished copy's QP, tag, and the words and packets it adds to the QP.
    pub qp: Signal<Out, Bits<QP_BITS>>,
    pub tag: Signal<Out, Bits<8>>,
    pub words: Signal<Out, Bits<16>>,
    pub packets: Signal<Out, Bits<PSN_BITS>>,

    copy_busy: DFF<Bit>,
    copy_discard: DFF<Bit>,
    copy_qp: DFF<Bits<QP_BITS>>,
    copy_word: DFF<Bits<16>>,
    copy_left: DFF<Bits<16>>,
    copy_words: DFF<Bits<16>>,
    copy_packets: DFF<Bits<PSN_BITS>>,
    copy_tag: DFF<Bits<8>>,
    copy_failed: DFF<Bit>,
    copy_done: DFF<Bit>,
    copy_offset: Signal<Local, Bits<RING_ADDRESS_BITS>>,
    /// Ring words per QP: 2^(RING_ADDRESS_BITS − QP_BITS).
    ring_shift: Constant<Bits<8>>,
    ring_mask: Constant<Bits<16>>,
    one_word: Constant<Bits<16>>,
}

impl<const QP_BITS: usize, const RING_ADDRESS_BITS: usize> Default for ReplayCopier<QP_BITS, RING_ADDRESS_BITS> {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            start: Default::default(),
            start_empty: Default::default(),
            start_qp: Default::default(),
            start_word: Default::default(),
            start_words: Default::default(),
            start_packets: Default::default(),
            start_tag: Default::default(),
            discard: Default::default(),
            published: Default::default(),
            s_axis_wr_tdata: Default::default(),
            s_axis_wr_tlast: Default::default(),
            s_axis_wr_tvalid: Default::default(),
            s_axis_wr_tready: Default::default(),
            ring_write_enable: Default::default(),
            ring_write_address: Default::default(),
            ring_write_data: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            failed: Default::default(),
            qp: Default::default(),
            tag: Default::default(),
            words: Default::default(),
            packets: Default::default(),
            copy_busy: Default::default(),
            copy_discard: Default::default(),
            copy_qp: Default::default(),
            copy_word: Default::default(),
            copy_left: Default::default(),
            copy_words: Default::default(),
            copy_packets: Default::default(),
            copy_tag: Default::default(),
            copy_failed: Default::default(),
            copy_done: Default::default(),
            copy_offset: Default::default(),
            ring_shift: constant((RING_ADDRESS_BITS - QP_BITS) as u64),
            ring_mask: constant((1 << (RING_ADDRESS_BITS - QP_BITS)) - 1),
            one_word: constant(1),
        }
    }
}

impl<const QP_BITS: usize, const RING_ADDRESS_BITS: usize> Logic for ReplayCopier<QP_BITS, RING_ADDRESS_BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, copy_busy, copy_discard, copy_qp, copy_word, copy_left, copy_words, copy_packets, copy_tag, copy_failed, copy_done);
        self.busy.next = self.copy_busy.q.val();
        self.done.next = self.copy_done.q.val();
        self.failed.next = self.copy_failed.q.val();
        self.qp.next = self.copy_qp.q.val();
        self.tag.next = self.copy_tag.q.val();
        self.words.next = self.copy_words.q.val();
        self.packets.next = self.copy_packets.q.val();

        self.s_axis_wr_tready.next = self.copy_busy.q.val();
        self.ring_write_enable.next = false;
        self.copy_offset.next = bit_cast::<RING_ADDRESS_BITS, 16>(self.copy_word.q.val() & self.ring_mask.val());
        self.ring_write_address.next = (bit_cast::<RING_ADDRESS_BITS, QP_BITS>(self.copy_qp.q.val()) << self.ring_shift.val()) | self.copy_offset.val();
        self.ring_write_data.next = self.s_axis_wr_tdata.val();
        if self.copy_busy.q.val() & self.s_axis_wr_tvalid.val() {
            if !self.copy_discard.q.val() {
                self.ring_write_enable.next = true;
                self.copy_word.d.next = self.copy_word.q.val() + self.one_word.val();
                self.copy_left.d.next = self.copy_left.q.val() - self.one_word.val();
                if self.s_axis_wr_tlast.val() {
                    self.copy_busy.d.next = false;
                    self.copy_done.d.next = true;
                    self.copy_failed.d.next = self.copy_left.q.val() != self.one_word.val();
                } else if self.copy_left.q.val() == self.one_word.val() {
                    self.copy_discard.d.next = true;
                    self.copy_failed.d.next = true;
                }
            } else if self.s_axis_wr_tlast.val() {
                self.copy_busy.d.next = false;
                // A refused request's payload: nothing to publish. A long one's: publish fails.
                self.copy_done.d.next = self.copy_failed.q.val();
            }
        }

        // The engine's commands (it never starts a copy while one is busy or done).
        if self.start.val() {
            self.copy_qp.d.next = self.start_qp.val();
            self.copy_word.d.next = self.start_word.val();
            self.copy_left.d.next = self.start_words.val();
            self.copy_words.d.next = self.start_words.val();
            self.copy_packets.d.next = self.start_packets.val();
            self.copy_tag.d.next = self.start_tag.val();
            self.copy_failed.d.next = false;
            self.copy_discard.d.next = false;
            if self.start_empty.val() {
                self.copy_done.d.next = true;
            } else {
                self.copy_busy.d.next = true;
            }
        }
        if self.discard.val() {
            self.copy_busy.d.next = true;
            self.copy_discard.d.next = true;
            self.copy_failed.d.next = false;
        }
        if self.published.val() {
            self.copy_done.d.next = false;
        }
        if self.reset.val() {
            self.copy_busy.d.next = false;
            self.copy_done.d.next = false;
        }
    }
}
