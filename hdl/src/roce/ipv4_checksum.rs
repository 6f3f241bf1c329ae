//! The IPv4 header checksum of a frame as its beats pass (the parser's `IpChecksum` check).
//!
//! The header is frame bytes 14..34: the last two bytes of beat 1, beats 2 and 3 whole, the
//! first two bytes of beat 4. Each beat's four 16-bit words are added in two pairs, the pairs
//! totalled in two running sums, the sums combined and the result folded and compared: one adder
//! deep per cycle, so `bad` is decided four cycles after beat 4 is taken, and holds until the
//! next frame's is.

use crate::constant::constant;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Ipv4Checksum {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// The beat, big-endian (frame byte 8·n in the top bits).
    pub beat: Signal<In, Bits<64>>,
    pub beat_taken: Signal<In, Bit>,
    /// Which header beat `beat` is (one-hot; none of them: a beat the checksum ignores).
    pub beat_1: Signal<In, Bit>,
    pub beat_2: Signal<In, Bit>,
    pub beat_3: Signal<In, Bit>,
    pub beat_4: Signal<In, Bit>,
    /// The last checked header's ones' complement sum is not 0xFFFF.
    pub bad: Signal<Out, Bit>,

    /// Each word of the beat, or zero where it is not IPv4 header.
    word_a: Signal<Local, Bits<17>>,
    word_b: Signal<Local, Bits<17>>,
    word_c: Signal<Local, Bits<17>>,
    word_d: Signal<Local, Bits<17>>,
    pair_a: DFF<Bits<17>>,
    pair_b: DFF<Bits<17>>,
    pairs_valid: DFF<Bit>,
    pairs_first: DFF<Bit>,
    pairs_last: DFF<Bit>,
    total_a: DFF<Bits<19>>,
    total_b: DFF<Bits<19>>,
    combine: DFF<Bit>,
    total: DFF<Bits<20>>,
    check: DFF<Bit>,
    bad_sum: DFF<Bit>,

    whole_word: Constant<Bits<17>>,
    no_word: Constant<Bits<17>>,
    sum_ok: Constant<Bits<17>>,
}

impl Default for Ipv4Checksum {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            beat: Default::default(),
            beat_taken: Default::default(),
            beat_1: Default::default(),
            beat_2: Default::default(),
            beat_3: Default::default(),
            beat_4: Default::default(),
            bad: Default::default(),
            word_a: Default::default(),
            word_b: Default::default(),
            word_c: Default::default(),
            word_d: Default::default(),
            pair_a: Default::default(),
            pair_b: Default::default(),
            pairs_valid: Default::default(),
            pairs_first: Default::default(),
            pairs_last: Default::default(),
            total_a: Default::default(),
            total_b: Default::default(),
            combine: Default::default(),
            total: Default::default(),
            check: Default::default(),
            bad_sum: Default::default(),
            whole_word: constant(0xFFFF),
            no_word: constant(0),
            sum_ok: constant(0xFFFF),
        }
    }
}

impl Logic for Ipv4Checksum {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, pair_a, pair_b, pairs_valid, pairs_first, pairs_last, total_a, total_b, combine, total, check,
            bad_sum
        );
        self.word_a.next = self.whole_word.val();
        self.word_b.next = self.whole_word.val();
        self.word_c.next = self.whole_word.val();
        self.word_d.next = self.whole_word.val();
        if self.beat_1.val() {
            // Only bytes 14, 15 (version/IHL, TOS) are IPv4 header.
            self.word_a.next = self.no_word.val();
            self.word_b.next = self.no_word.val();
            self.word_c.next = self.no_word.val();
        }
        if self.beat_4.val() {
            // Only bytes 32, 33 (the end of the destination address).
            self.word_b.next = self.no_word.val();
            self.word_c.next = self.no_word.val();
            self.word_d.next = self.no_word.val();
        }
        self.pair_a.d.next = (bit_cast::<17, 16>(self.beat.val().get_bits::<16>(48)) & self.word_a.val())
            + (bit_cast::<17, 16>(self.beat.val().get_bits::<16>(32)) & self.word_b.val());
        self.pair_b.d.next = (bit_cast::<17, 16>(self.beat.val().get_bits::<16>(16)) & self.word_c.val())
            + (bit_cast::<17, 16>(self.beat.val().get_bits::<16>(0)) & self.word_d.val());
        self.pairs_valid.d.next =
            self.beat_taken.val() & (self.beat_1.val() | self.beat_2.val() | self.beat_3.val() | self.beat_4.val());
        self.pairs_first.d.next = self.beat_1.val();
        self.pairs_last.d.next = self.beat_4.val();
        if self.pairs_valid.q.val() {
            if self.pairs_first.q.val() {
                self.total_a.d.next = bit_cast::<19, 17>(self.pair_a.q.val());
                self.total_b.d.next = bit_cast::<19, 17>(self.pair_b.q.val());
            } else {
                self.total_a.d.next = self.total_a.q.val() + bit_cast::<19, 17>(self.pair_a.q.val());
                self.total_b.d.next = self.total_b.q.val() + bit_cast::<19, 17>(self.pair_b.q.val());
            }
        }
        self.combine.d.next = self.pairs_valid.q.val() & self.pairs_last.q.val();
        self.total.d.next = bit_cast::<20, 19>(self.total_a.q.val()) + bit_cast::<20, 19>(self.total_b.q.val());
        self.check.d.next = self.combine.q.val();
        if self.check.q.val() {
            // The header is right when its ones' complement sum is 0xFFFF: with at most 16 carries
            // out of the low half, one fold decides it.
            self.bad_sum.d.next = (bit_cast::<17, 16>(self.total.q.val().get_bits::<16>(0))
                + bit_cast::<17, 4>(self.total.q.val().get_bits::<4>(16)))
                != self.sum_ok.val();
        }
        self.bad.next = self.bad_sum.q.val();
        if self.reset.val() {
            self.pairs_valid.d.next = false;
            self.check.d.next = false;
            self.combine.d.next = false;
        }
    }
}
