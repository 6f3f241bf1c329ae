//! The transmit side's reader from the clock crossing (issue 27), in the transmit line domain:
//! hands the transmitter the bytes of each 64-bit word, byte 0 (bits 7:0) first, one a cycle.
//! A word's `tkeep` runs from lane 0 up and only a frame's last word may be partial (the core's
//! stream rule); the frame's last byte carries `tlast`. The FIFO offers a frame only once it
//! holds all of it, so a byte is ready every cycle once the transmitter has started.
//!
//! The word being sent is copied into a register that shifts a byte down each cycle, with its
//! `tkeep`: the byte out is always bits 7:0 and the word ends when the next lane is not kept, so
//! no multiplexer stands between the register and the transmitter's CRC. The word comes from a
//! buffer of two registers behind the FIFO (`EthernetMac`), not from the FIFO's block RAM, whose
//! clock-to-output is most of a 125 MHz cycle on the ECP5.

use crate::stream::axis::FrameWord;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct TxWordUnpacker {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// The FIFO's read port.
    pub word: Signal<In, FrameWord>,
    pub word_valid: Signal<In, Bit>,
    pub word_ready: Signal<Out, Bit>,
    /// Bytes to the transmitter.
    pub m_axis_tdata: Signal<Out, Bits<8>>,
    pub m_axis_tvalid: Signal<Out, Bit>,
    pub m_axis_tlast: Signal<Out, Bit>,
    pub m_axis_tready: Signal<In, Bit>,
    /// The bytes of the word not yet sent (the next in bits 7:0) and their `tkeep`.
    data: DFF<Bits<64>>,
    keep: DFF<Bits<8>>,
    last: DFF<Bit>,
    holding: DFF<Bit>,
    last_in_word: Signal<Local, Bit>,
}

impl Default for TxWordUnpacker {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            word: Default::default(),
            word_valid: Default::default(),
            word_ready: Default::default(),
            m_axis_tdata: Default::default(),
            m_axis_tvalid: Default::default(),
            m_axis_tlast: Default::default(),
            m_axis_tready: Default::default(),
            data: Default::default(),
            keep: Default::default(),
            last: Default::default(),
            holding: Default::default(),
            last_in_word: Default::default(),
        }
    }
}

impl Logic for TxWordUnpacker {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, data, keep, last, holding);
        self.m_axis_tdata.next = self.data.q.val().get_bits::<8>(0);
        // The word ends where the next lane is not kept (after lane 7 of a whole word).
        self.last_in_word.next = !self.keep.q.val().get_bit(1);
        self.m_axis_tvalid.next = self.holding.q.val();
        self.m_axis_tlast.next = self.last.q.val() & self.last_in_word.val();
        // The next word comes in when none is held or the held one's last byte is taken.
        self.word_ready.next = !self.holding.q.val() | (self.m_axis_tready.val() & self.last_in_word.val());
        if self.holding.q.val() & self.m_axis_tready.val() {
            self.data.d.next = self.data.q.val() >> 8;
            self.keep.d.next = self.keep.q.val() >> 1;
            if self.last_in_word.val() {
                self.holding.d.next = false;
            }
        }
        if self.word_valid.val() & self.word_ready.val() {
            self.data.d.next = self.word.val().tdata;
            self.keep.d.next = self.word.val().tkeep;
            self.last.d.next = self.word.val().tlast;
            self.holding.d.next = true;
        }
        if self.reset.val() {
            self.holding.d.next = false;
        }
    }
}
