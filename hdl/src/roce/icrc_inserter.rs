//! The packet builder's last part: the ICRC engine fed from the generated beats, the line of
//! `LINE_STAGES` registers where beats wait for it, and the output register where the ICRC is
//! merged into the frame's last beats (docs/tx-builder.md).
//!
//! The generator hands over each beat it makes (`beat`, `beat_valid`) with which header beat it is
//! and where it falls in the ICRC's coverage ([`AlignedIcrc`]). `advance` says the line moves this cycle: the
//! output register is free, and the head does not wait for an ICRC still being computed.

use super::aligned_icrc::AlignedIcrc;
use super::tx_builder::{LineBeat, LINE_STAGES};
use crate::constant::constant;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct IcrcInserter {
    pub clock: Signal<In, Clock>,
    /// Synchronous, active high: empties the line and the output register.
    pub reset: Signal<In, Bit>,
    /// The beat the generator makes this cycle (only while `advance`).
    pub beat: Signal<In, LineBeat>,
    pub beat_valid: Signal<In, Bit>,
    /// Which header beat it is (one-hot); it is covered by the ICRC; it is the last covered.
    pub crc_beat_1: Signal<In, Bit>,
    pub crc_beat_2: Signal<In, Bit>,
    pub crc_beat_3: Signal<In, Bit>,
    pub crc_beat_5: Signal<In, Bit>,
    pub crc_covered: Signal<In, Bit>,
    pub crc_last: Signal<In, Bit>,
    pub advance: Signal<Out, Bit>,
    pub m_axis_tdata: Signal<Out, Bits<64>>,
    pub m_axis_tkeep: Signal<Out, Bits<8>>,
    pub m_axis_tlast: Signal<Out, Bit>,
    pub m_axis_tvalid: Signal<Out, Bit>,
    pub m_axis_tready: Signal<In, Bit>,
    icrc: AlignedIcrc,
    // The line, the ICRC result, the output register.
    line: [DFF<LineBeat>; LINE_STAGES],
    line_valid: [DFF<Bit>; LINE_STAGES],
    head: Signal<Local, LineBeat>,
    head_valid: Signal<Local, Bit>,
    icrc_value: DFF<Bits<32>>,
    icrc_ready: DFF<Bit>,
    icrc_sent: Signal<Local, Bits<32>>,
    icrc_word: Signal<Local, Bits<64>>,
    icrc_shift_bits: Signal<Local, Bits<7>>,
    out_data: DFF<Bits<64>>,
    out_keep: DFF<Bits<8>>,
    out_last: DFF<Bit>,
    out_valid: DFF<Bit>,
    zero_word: Constant<Bits<64>>,
    word_bits: Constant<Bits<7>>,
}

impl Default for IcrcInserter {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            beat: Default::default(),
            beat_valid: Default::default(),
            crc_beat_1: Default::default(),
            crc_beat_2: Default::default(),
            crc_beat_3: Default::default(),
            crc_beat_5: Default::default(),
            crc_covered: Default::default(),
            crc_last: Default::default(),
            advance: Default::default(),
            m_axis_tdata: Default::default(),
            m_axis_tkeep: Default::default(),
            m_axis_tlast: Default::default(),
            m_axis_tvalid: Default::default(),
            m_axis_tready: Default::default(),
            icrc: Default::default(),
            line: Default::default(),
            line_valid: Default::default(),
            head: Default::default(),
            head_valid: Default::default(),
            icrc_value: Default::default(),
            icrc_ready: Default::default(),
            icrc_sent: Default::default(),
            icrc_word: Default::default(),
            icrc_shift_bits: Default::default(),
            out_data: Default::default(),
            out_keep: Default::default(),
            out_last: Default::default(),
            out_valid: Default::default(),
            zero_word: constant(0),
            word_bits: constant(64),
        }
    }
}

impl Logic for IcrcInserter {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, icrc_value, icrc_ready, out_data, out_keep, out_last, out_valid);
        for i in 0..LINE_STAGES {
            self.line[i].clock.next = self.clock.val();
            self.line_valid[i].clock.next = self.clock.val();
            self.line[i].d.next = self.line[i].q.val();
            self.line_valid[i].d.next = self.line_valid[i].q.val();
        }
        self.icrc.clock.next = self.clock.val();
        self.icrc.reset.next = self.reset.val();
        self.advance.next = (!self.out_valid.q.val() | self.m_axis_tready.val())
            & !(self.line_valid[5].q.val()
                & (self.line[5].q.val().icrc_first | self.line[5].q.val().icrc_second)
                & !self.icrc_ready.q.val());

        self.icrc.beat.next = self.beat.val().data;
        self.icrc.beat_valid.next = self.beat_valid.val();
        self.icrc.beat_1.next = self.crc_beat_1.val();
        self.icrc.beat_2.next = self.crc_beat_2.val();
        self.icrc.beat_3.next = self.crc_beat_3.val();
        self.icrc.beat_5.next = self.crc_beat_5.val();
        self.icrc.covered.next = self.crc_covered.val();
        self.icrc.last.next = self.crc_last.val();
        self.icrc.shift.next = self.beat.val().icrc_shift;
        if self.icrc.result_valid.val() {
            self.icrc_value.d.next = self.icrc.result_crc.val();
            self.icrc_ready.d.next = true;
        }

        // The line: beats wait here for the ICRC; the head is merged with it into the output.
        if self.advance.val() {
            self.line[0].d.next = self.beat.val();
            self.line_valid[0].d.next = self.beat_valid.val();
            for i in 1..LINE_STAGES {
                self.line[i].d.next = self.line[i - 1].q.val();
                self.line_valid[i].d.next = self.line_valid[i - 1].q.val();
            }
        }
        self.head.next = self.line[5].q.val();
        self.head_valid.next = self.line_valid[5].q.val();
        self.icrc_sent.next = self.icrc_value.q.val();
        if self.head.val().stomp {
            self.icrc_sent.next = !self.icrc_value.q.val();
        }
        self.icrc_shift_bits.next = bit_cast::<7, 3>(self.head.val().icrc_shift) << 3;
        self.icrc_word.next = self.zero_word.val();
        if self.head.val().icrc_first {
            self.icrc_word.next = bit_cast::<64, 32>(self.icrc_sent.val()) << self.icrc_shift_bits.val();
        }
        if self.head.val().icrc_second {
            self.icrc_word.next = bit_cast::<64, 32>(self.icrc_sent.val()) >> (self.word_bits.val() - self.icrc_shift_bits.val());
        }
        if self.advance.val() {
            self.out_valid.d.next = self.head_valid.val();
            self.out_data.d.next = self.head.val().data | self.icrc_word.val();
            self.out_keep.d.next = self.head.val().keep;
            self.out_last.d.next = self.head.val().last;
            if self.head_valid.val() & self.head.val().icrc_done {
                self.icrc_ready.d.next = false;
            }
        }
        self.m_axis_tdata.next = self.out_data.q.val();
        self.m_axis_tkeep.next = self.out_keep.q.val();
        self.m_axis_tlast.next = self.out_last.q.val();
        self.m_axis_tvalid.next = self.out_valid.q.val();

        if self.reset.val() {
            self.icrc_ready.d.next = false;
            self.out_valid.d.next = false;
            for i in 0..LINE_STAGES {
                self.line_valid[i].d.next = false;
            }
        }
    }
}
