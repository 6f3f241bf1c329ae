//! The transmit side's reader from the clock crossing (issue 27), in the transmit line domain:
//! hands the transmitter the bytes of each 64-bit word, byte 0 (bits 7:0) first, one a cycle.
//! A word's `tkeep` runs from lane 0 up and only a frame's last word may be partial (the core's
//! stream rule); the frame's last byte carries `tlast`. The FIFO offers a frame only once it
//! holds all of it, so a byte is ready every cycle once the transmitter has started.

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
    /// The lane of the next byte.
    lane: DFF<Bits<4>>,
    last_in_word: Signal<Local, Bit>,
    last_lane: Constant<Bits<4>>,
    first_lane: Constant<Bits<4>>,
    lane_step: Constant<Bits<4>>,
    lane_zero: Constant<Bits<8>>,
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
            lane: Default::default(),
            last_in_word: Default::default(),
            last_lane: Constant::new(7u64.to_bits()),
            first_lane: Constant::new(0u64.to_bits()),
            lane_step: Constant::new(1u64.to_bits()),
            lane_zero: Constant::new(1u64.to_bits()),
        }
    }
}

impl Logic for TxWordUnpacker {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, lane);
        self.m_axis_tdata.next = bit_cast::<8, 64>(self.word.val().tdata >> (bit_cast::<64, 4>(self.lane.q.val()) << 3));
        // The word ends at lane 7, or in a last word at the lane before the first one not kept.
        self.last_in_word.next = (self.lane.q.val() == self.last_lane.val())
            | (self.word.val().tlast
                & !((self.word.val().tkeep >> (self.lane.q.val() + self.lane_step.val())) & self.lane_zero.val()).any());
        self.m_axis_tvalid.next = self.word_valid.val();
        self.m_axis_tlast.next = self.word.val().tlast & self.last_in_word.val();
        self.word_ready.next = self.word_valid.val() & self.m_axis_tready.val() & self.last_in_word.val();
        if self.word_valid.val() & self.m_axis_tready.val() {
            self.lane.d.next = self.lane.q.val() + self.lane_step.val();
            if self.last_in_word.val() {
                self.lane.d.next = self.first_lane.val();
            }
        }
        if self.reset.val() {
            self.lane.d.next = self.first_lane.val();
        }
    }
}
