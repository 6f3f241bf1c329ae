//! The ICRC of a frame given beat by beat, for the builder (which generates it; the parser's
//! `RxIcrc` does the same cut, docs/DESIGN-NOTES.md says why it is still its own). Each beat is
//! taken as the ICRC sees it (the masked fields all ones, beat 1 as its constant image) and the
//! images are cut into 64-bit words a cycle later, from the last two, so that the last word ends
//! where the covered bytes end. Everything the ICRC covers before byte 16 is constant for a frame
//! that passes the IPv4 checks, so it is folded into the register's initial value, one per cut
//! ([`icrc_layout`]).

use super::icrc_check::IcrcCheck;
use super::icrc_layout;
use crate::constant::constant;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct AlignedIcrc {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// The frame's beat, little-endian (frame byte 8·n in the low bits).
    pub beat: Signal<In, Bits<64>>,
    pub beat_valid: Signal<In, Bit>,
    /// Which header beat `beat` is (one-hot; none of them: beat 0 or a later beat). Beat 2 is
    /// the first the ICRC covers after the constant bytes.
    pub beat_1: Signal<In, Bit>,
    pub beat_2: Signal<In, Bit>,
    pub beat_3: Signal<In, Bit>,
    pub beat_5: Signal<In, Bit>,
    /// The beat is covered by the ICRC; it is the last covered beat.
    pub covered: Signal<In, Bit>,
    pub last: Signal<In, Bit>,
    /// Bytes the words are cut behind the beats (sampled with beat 2): the covered bytes'
    /// length mod 8, plus 6.
    pub shift: Signal<In, Bits<3>>,
    /// The frame's result, five cycles after its last beat.
    pub result_valid: Signal<Out, Bit>,
    /// The last word ended with a correct ICRC (the parser's frames).
    pub result_ok: Signal<Out, Bit>,
    /// The ICRC of the covered bytes (the builder's frames).
    pub result_crc: Signal<Out, Bits<32>>,

    icrc: IcrcCheck,
    image: Signal<Local, Bits<64>>,
    /// Initial register value per cut.
    inits: ROM<Bits<32>, 3>,
    cut_shift: DFF<Bits<3>>,
    shift_bits: Signal<Local, Bits<7>>,
    previous: DFF<Bits<64>>,
    current: DFF<Bits<64>>,
    word_valid: DFF<Bit>,
    word_first: DFF<Bit>,
    word_last: DFF<Bit>,
    mask_beat2: Constant<Bits<64>>,
    mask_beat3: Constant<Bits<64>>,
    mask_beat5: Constant<Bits<64>>,
    beat1_image: Constant<Bits<64>>,
    no_shift: Constant<Bits<3>>,
    word_bits: Constant<Bits<7>>,
}

impl Default for AlignedIcrc {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            beat: Default::default(),
            beat_valid: Default::default(),
            beat_1: Default::default(),
            beat_2: Default::default(),
            beat_3: Default::default(),
            beat_5: Default::default(),
            covered: Default::default(),
            last: Default::default(),
            shift: Default::default(),
            result_valid: Default::default(),
            result_ok: Default::default(),
            result_crc: Default::default(),
            icrc: Default::default(),
            image: Default::default(),
            inits: icrc_layout::initial_register_rom(),
            cut_shift: Default::default(),
            shift_bits: Default::default(),
            previous: Default::default(),
            current: Default::default(),
            word_valid: Default::default(),
            word_first: Default::default(),
            word_last: Default::default(),
            mask_beat2: constant(icrc_layout::MASK_BEAT2),
            mask_beat3: constant(icrc_layout::MASK_BEAT3),
            mask_beat5: constant(icrc_layout::MASK_BEAT5),
            beat1_image: constant(icrc_layout::BEAT1_IMAGE),
            no_shift: constant(0),
            word_bits: constant(64),
        }
    }
}

impl Logic for AlignedIcrc {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, cut_shift, previous, current, word_valid, word_first, word_last);
        self.icrc.clock.next = self.clock.val();
        self.icrc.reset.next = self.reset.val();
        self.image.next = self.beat.val();
        if self.beat_1.val() {
            self.image.next = self.beat1_image.val();
        }
        if self.beat_2.val() {
            self.image.next = self.beat.val() | self.mask_beat2.val();
        }
        if self.beat_3.val() {
            self.image.next = self.beat.val() | self.mask_beat3.val();
        }
        if self.beat_5.val() {
            self.image.next = self.beat.val() | self.mask_beat5.val();
        }
        self.word_valid.d.next = false;
        if self.beat_valid.val() {
            self.previous.d.next = self.current.q.val();
            self.current.d.next = self.image.val();
            if self.beat_2.val() {
                self.cut_shift.d.next = self.shift.val();
            }
            self.word_valid.d.next = self.covered.val();
            self.word_first.d.next = self.beat_2.val();
            self.word_last.d.next = self.last.val();
        }
        self.shift_bits.next = bit_cast::<7, 3>(self.cut_shift.q.val()) << 3;
        self.icrc.word.next = self.current.q.val();
        if self.cut_shift.q.val() != self.no_shift.val() {
            self.icrc.word.next = (self.previous.q.val() >> self.shift_bits.val())
                | (self.current.q.val() << (self.word_bits.val() - self.shift_bits.val()));
        }
        self.icrc.word_valid.next = self.word_valid.q.val();
        self.icrc.word_first.next = self.word_first.q.val();
        self.icrc.word_last.next = self.word_last.q.val();
        self.inits.address.next = self.cut_shift.q.val();
        self.icrc.init.next = self.inits.data.val();
        self.result_valid.next = self.icrc.result_valid.val();
        self.result_ok.next = self.icrc.result_ok.val();
        self.result_crc.next = self.icrc.result_crc.val();
        if self.reset.val() {
            self.word_valid.d.next = false;
        }
    }
}
