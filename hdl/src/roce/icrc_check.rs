//! The ICRC engine: CRC-32 over a stream of 64-bit words, at one word per cycle.
//!
//! A frame's words run from `first` (which also loads `init` into the register) to `last`. The
//! parser's last word ends with the ICRC itself, so a correct frame leaves the catalogued residue
//! in the register (`result_ok`); the builder's last word ends before it, and `result_crc` is the
//! ICRC to send. Either way the words are aligned to end where the covered bytes end, so no byte
//! count or tail handling is needed here. The word's contribution `B·word` is computed a stage
//! ahead, so the loop that limits the clock is only `register ← A·register ⊕ d`. Frames need at
//! least two idle cycles between one's last word and the next one's first (a frame's Ethernet and
//! IPv4 header beats provide them).
//!
//! Latency: `result_valid` pulses 4 cycles after the last word is presented.

use super::crc32::{register_rows, word_rows, RESIDUE};
use super::xor_network::XorNetwork;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct IcrcCheck {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub word: Signal<In, Bits<64>>,
    pub word_valid: Signal<In, Bit>,
    pub word_first: Signal<In, Bit>,
    pub word_last: Signal<In, Bit>,
    /// Register value before the first word (sampled with `word_first`).
    pub init: Signal<In, Bits<32>>,
    pub result_valid: Signal<Out, Bit>,
    /// The register held the residue after the last word.
    pub result_ok: Signal<Out, Bit>,
    /// The CRC of the words (the register after the last word, inverted).
    pub result_crc: Signal<Out, Bits<32>>,
    residue: Constant<Bits<32>>,
    word_term: XorNetwork<64, 32>,
    register_term: XorNetwork<32, 32>,
    // Stage 1: the word as presented.
    word_q: DFF<Bits<64>>,
    valid_q: DFF<Bit>,
    first_q: DFF<Bit>,
    last_q: DFF<Bit>,
    init_q: DFF<Bits<32>>,
    // Stage 2: B·word.
    term_q: DFF<Bits<32>>,
    term_valid_q: DFF<Bit>,
    term_last_q: DFF<Bit>,
    // The CRC register, and the frame whose last word it has just absorbed.
    register: DFF<Bits<32>>,
    check_q: DFF<Bit>,
    result_valid_q: DFF<Bit>,
    result_ok_q: DFF<Bit>,
    result_crc_q: DFF<Bits<32>>,
}

impl Default for IcrcCheck {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            word: Default::default(),
            word_valid: Default::default(),
            word_first: Default::default(),
            word_last: Default::default(),
            init: Default::default(),
            result_valid: Default::default(),
            result_ok: Default::default(),
            result_crc: Default::default(),
            residue: Constant::new(RESIDUE.to_bits()),
            word_term: XorNetwork::new(word_rows()),
            register_term: XorNetwork::new(register_rows()),
            word_q: Default::default(),
            valid_q: Default::default(),
            first_q: Default::default(),
            last_q: Default::default(),
            init_q: Default::default(),
            term_q: Default::default(),
            term_valid_q: Default::default(),
            term_last_q: Default::default(),
            register: Default::default(),
            check_q: Default::default(),
            result_valid_q: Default::default(),
            result_ok_q: Default::default(),
            result_crc_q: Default::default(),
        }
    }
}

impl Logic for IcrcCheck {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, word_q, valid_q, first_q, last_q, init_q, term_q, term_valid_q, term_last_q, register, check_q,
            result_valid_q, result_ok_q, result_crc_q
        );
        // Stage 1.
        self.word_q.d.next = self.word.val();
        self.valid_q.d.next = self.word_valid.val();
        self.first_q.d.next = self.word_valid.val() & self.word_first.val();
        self.last_q.d.next = self.word_valid.val() & self.word_last.val();
        self.init_q.d.next = self.init.val();
        // Stage 2: the word's term; a first word loads the register meanwhile.
        self.word_term.data_in.next = self.word_q.q.val();
        self.term_q.d.next = self.word_term.data_out.val();
        self.term_valid_q.d.next = self.valid_q.q.val();
        self.term_last_q.d.next = self.last_q.q.val();
        self.register_term.data_in.next = self.register.q.val();
        if self.term_valid_q.q.val() {
            self.register.d.next = self.register_term.data_out.val() ^ self.term_q.q.val();
        } else if self.first_q.q.val() {
            self.register.d.next = self.init_q.q.val();
        }
        // Check the register once the last word is in.
        self.check_q.d.next = self.term_valid_q.q.val() & self.term_last_q.q.val();
        self.result_valid_q.d.next = self.check_q.q.val();
        self.result_ok_q.d.next = self.register.q.val() == self.residue.val();
        self.result_valid.next = self.result_valid_q.q.val();
        self.result_crc_q.d.next = !self.register.q.val();
        self.result_ok.next = self.result_ok_q.q.val();
        self.result_crc.next = self.result_crc_q.q.val();
        if self.reset.val() {
            self.valid_q.d.next = false;
            self.first_q.d.next = false;
            self.last_q.d.next = false;
            self.term_valid_q.d.next = false;
            self.term_last_q.d.next = false;
            self.check_q.d.next = false;
            self.result_valid_q.d.next = false;
        }
    }
}
