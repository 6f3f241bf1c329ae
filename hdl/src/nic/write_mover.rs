//! The connector's mover (docs/controller-link.md): passes an RDMA WRITE's data from its
//! controller's link to the requester, beside the engine, so a failover sweep need not wait for
//! it. A WRITE abandoned when its controller is lost is closed: its payload ends with a zero word
//! at the wrong length (`tlast` early, or one word too many), so the requester refuses it (the RC
//! requester's contract) in a cycle or two instead of carrying zeros to the host. A message that
//! ends early ends the payload there. Either way the rest of the controller's message is
//! drained (`skip`), and the WRITE is counted as truncated.

use crate::constant::constant;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct WriteMover {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// A WRITE's work request was taken: its data follows on link `start_src` (1 = B), `start_length` bytes.
    pub start: Signal<In, Bit>,
    pub start_src: Signal<In, Bit>,
    pub start_length: Signal<In, Bits<16>>,
    /// Moving (until the payload's last word), and from which link.
    pub busy: Signal<Out, Bit>,
    pub src: Signal<Out, Bit>,
    /// The controllers' streams as they are offered (the connector makes `tready`); `take` is
    /// high when the mover takes the beat on its link.
    pub from_a_tdata: Signal<In, Bits<64>>,
    pub from_a_tvalid: Signal<In, Bit>,
    pub from_a_tlast: Signal<In, Bit>,
    pub from_b_tdata: Signal<In, Bits<64>>,
    pub from_b_tvalid: Signal<In, Bit>,
    pub from_b_tlast: Signal<In, Bit>,
    pub take: Signal<Out, Bit>,
    /// Per controller (bit 0 = A): up and not fenced.
    pub available: Signal<In, Bits<2>>,
    /// The WRITE's payload toward the requester (meaningful while `busy`).
    pub payload_tdata: Signal<Out, Bits<64>>,
    pub payload_tlast: Signal<Out, Bit>,
    pub payload_tvalid: Signal<Out, Bit>,
    pub payload_tready: Signal<In, Bit>,
    /// Drain the rest of this link's message (one-cycle pulse, bit 0 = A).
    pub skip: Signal<Out, Bits<2>>,
    /// A WRITE was closed short (one-cycle pulse).
    pub write_truncated: Signal<Out, Bit>,
    moving: DFF<Bit>,
    from_b: DFF<Bit>,
    closing: DFF<Bit>,
    words_left: DFF<Bits<16>>,
    data: Signal<Local, Bits<64>>,
    valid: Signal<Local, Bit>,
    last: Signal<Local, Bit>,
    lost: Signal<Local, Bit>,
    link_bit: Signal<Local, Bits<2>>,
    one_word_left: Constant<Bits<16>>,
    round_up_to_word: Constant<Bits<16>>,
    zero_word: Constant<Bits<64>>,
    link_a_bit: Constant<Bits<2>>,
    link_b_bit: Constant<Bits<2>>,
    no_link: Constant<Bits<2>>,
}

impl Default for WriteMover {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            start: Default::default(),
            start_src: Default::default(),
            start_length: Default::default(),
            busy: Default::default(),
            src: Default::default(),
            from_a_tdata: Default::default(),
            from_a_tvalid: Default::default(),
            from_a_tlast: Default::default(),
            from_b_tdata: Default::default(),
            from_b_tvalid: Default::default(),
            from_b_tlast: Default::default(),
            take: Default::default(),
            available: Default::default(),
            payload_tdata: Default::default(),
            payload_tlast: Default::default(),
            payload_tvalid: Default::default(),
            payload_tready: Default::default(),
            skip: Default::default(),
            write_truncated: Default::default(),
            moving: Default::default(),
            from_b: Default::default(),
            closing: Default::default(),
            words_left: Default::default(),
            data: Default::default(),
            valid: Default::default(),
            last: Default::default(),
            lost: Default::default(),
            link_bit: Default::default(),
            one_word_left: constant(1),
            round_up_to_word: constant(7),
            zero_word: constant(0),
            link_a_bit: constant(1),
            link_b_bit: constant(2),
            no_link: constant(0),
        }
    }
}

impl Logic for WriteMover {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, moving, from_b, closing, words_left);
        self.busy.next = self.moving.q.val();
        self.src.next = self.from_b.q.val();
        self.write_truncated.next = false;
        self.data.next = self.from_a_tdata.val();
        self.valid.next = self.from_a_tvalid.val();
        self.last.next = self.from_a_tlast.val();
        self.lost.next = !self.available.val().get_bit(0);
        self.link_bit.next = self.link_a_bit.val();
        if self.from_b.q.val() {
            self.data.next = self.from_b_tdata.val();
            self.valid.next = self.from_b_tvalid.val();
            self.last.next = self.from_b_tlast.val();
            self.lost.next = !self.available.val().get_bit(1);
            self.link_bit.next = self.link_b_bit.val();
        }
        self.take.next = false;
        self.skip.next = self.no_link.val();
        self.payload_tdata.next = self.zero_word.val();
        self.payload_tlast.next = false;
        self.payload_tvalid.next = false;
        if self.start.val() {
            self.moving.d.next = true;
            self.from_b.d.next = self.start_src.val();
            self.closing.d.next = false;
            self.words_left.d.next = (self.start_length.val() + self.round_up_to_word.val()) >> 3;
        }
        if self.moving.q.val() {
            self.payload_tlast.next = self.words_left.q.val() == self.one_word_left.val();
            if self.closing.q.val() {
                // A zero word that ends the payload short; with one word left, a word too many
                // first (a payload of the right length would be published).
                self.payload_tlast.next = self.words_left.q.val() != self.one_word_left.val();
                self.payload_tvalid.next = true;
                if self.payload_tready.val() {
                    self.words_left.d.next = self.words_left.q.val() - self.one_word_left.val();
                    if self.words_left.q.val() != self.one_word_left.val() {
                        self.moving.d.next = false;
                    }
                }
            } else if self.lost.val() {
                // Its controller is gone: the rest of its message is drained, the WRITE closed.
                self.write_truncated.next = true;
                self.skip.next = self.link_bit.val();
                self.closing.d.next = true;
            } else {
                self.payload_tdata.next = self.data.val();
                self.payload_tvalid.next = self.valid.val();
                // A message that ends early ends the payload short: the requester refuses it.
                self.payload_tlast.next = (self.words_left.q.val() == self.one_word_left.val()) | self.last.val();
                self.take.next = self.payload_tready.val();
                if self.valid.val() & self.payload_tready.val() {
                    self.words_left.d.next = self.words_left.q.val() - self.one_word_left.val();
                    if self.words_left.q.val() == self.one_word_left.val() {
                        if !self.last.val() {
                            self.skip.next = self.link_bit.val();
                        }
                        self.moving.d.next = false;
                    } else if self.last.val() {
                        self.write_truncated.next = true;
                        self.moving.d.next = false;
                    }
                }
            }
        }
        if self.reset.val() {
            self.moving.d.next = false;
        }
    }
}
