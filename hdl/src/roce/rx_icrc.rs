//! The receive side's ICRC: the frame's beats cut into CRC words, a cycle behind the beats, and
//! checked by [`IcrcCheck`].
//!
//! Each beat is kept as the ICRC sees it (the masked fields all ones, beat 1 as its constant
//! image), and each word is cut from the last two beats so that the frame's last word ends with
//! the ICRC: the IPv4 total length's low bits (beat 2) say by how many bytes. Everything the ICRC
//! covers before byte 16 is constant for a frame that passes the IPv4 checks, so it is folded
//! into the register's initial value, one per cut ([`icrc_layout`]).

use super::icrc_check::IcrcCheck;
use super::icrc_layout;
use crate::constant::constant;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct RxIcrc {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// The beat, little-endian (frame byte 8·n in the low bits).
    pub beat: Signal<In, Bits<64>>,
    pub beat_taken: Signal<In, Bit>,
    pub beat_last: Signal<In, Bit>,
    /// Which header beat `beat` is (one-hot; none of them: a later beat).
    pub beat_0: Signal<In, Bit>,
    pub beat_1: Signal<In, Bit>,
    pub beat_2: Signal<In, Bit>,
    pub beat_3: Signal<In, Bit>,
    pub beat_5: Signal<In, Bit>,
    /// The frame's result, five cycles after its last beat is taken.
    pub result_valid: Signal<Out, Bit>,
    pub result_ok: Signal<Out, Bit>,

    icrc: IcrcCheck,
    /// Initial register value per cut.
    inits: ROM<Bits<32>, 3>,
    /// Bytes the words are cut behind the beats: the frame's length mod 8, plus 6.
    shift: DFF<Bits<3>>,
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
    six_bytes: Constant<Bits<3>>,
    no_shift: Constant<Bits<3>>,
    word_bits: Constant<Bits<7>>,
}

impl Default for RxIcrc {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            beat: Default::default(),
            beat_taken: Default::default(),
            beat_last: Default::default(),
            beat_0: Default::default(),
            beat_1: Default::default(),
            beat_2: Default::default(),
            beat_3: Default::default(),
            beat_5: Default::default(),
            result_valid: Default::default(),
            result_ok: Default::default(),
            icrc: Default::default(),
            inits: icrc_layout::initial_register_rom(),
            shift: Default::default(),
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
            six_bytes: constant(6),
            no_shift: constant(0),
            word_bits: constant(64),
        }
    }
}

impl Logic for RxIcrc {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, shift, previous, current, word_valid, word_first, word_last);
        self.icrc.clock.next = self.clock.val();
        self.icrc.reset.next = self.reset.val();
        if self.beat_taken.val() {
            self.previous.d.next = self.current.q.val();
            self.current.d.next = self.beat.val();
            if self.beat_1.val() {
                self.current.d.next = self.beat1_image.val();
            }
            if self.beat_2.val() {
                self.current.d.next = self.beat.val() | self.mask_beat2.val();
                self.shift.d.next = self.beat.val().get_bits::<3>(8) + self.six_bytes.val();
            }
            if self.beat_3.val() {
                self.current.d.next = self.beat.val() | self.mask_beat3.val();
            }
            if self.beat_5.val() {
                self.current.d.next = self.beat.val() | self.mask_beat5.val();
            }
        }
        self.word_valid.d.next = self.beat_taken.val() & !self.beat_0.val() & !self.beat_1.val();
        self.word_first.d.next = self.beat_2.val();
        self.word_last.d.next = self.beat_last.val();
        self.shift_bits.next = bit_cast::<7, 3>(self.shift.q.val()) << 3;
        self.icrc.word.next = self.current.q.val();
        if self.shift.q.val() != self.no_shift.val() {
            self.icrc.word.next = (self.previous.q.val() >> self.shift_bits.val())
                | (self.current.q.val() << (self.word_bits.val() - self.shift_bits.val()));
        }
        self.icrc.word_valid.next = self.word_valid.q.val();
        self.icrc.word_first.next = self.word_first.q.val();
        self.icrc.word_last.next = self.word_last.q.val();
        self.inits.address.next = self.shift.q.val();
        self.icrc.init.next = self.inits.data.val();
        self.result_valid.next = self.icrc.result_valid.val();
        self.result_ok.next = self.icrc.result_ok.val();
        if self.reset.val() {
            self.word_valid.d.next = false;
        }
    }
}
