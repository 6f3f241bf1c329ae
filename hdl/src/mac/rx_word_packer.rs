//! The receive side's writer into the clock crossing (issue 27), in the receive line domain:
//! packs the receiver's bytes into 64-bit words (byte 0 of the frame in bits 7:0, `tkeep` from
//! lane 0 up, only the last word partial) and writes them into the frame FIFO as they fill. At
//! the frame's end it commits the frame if the receiver's verdict says good, and aborts it
//! otherwise, so a bad frame never reaches the core.
//!
//! The wire cannot wait: when a word finds the FIFO full, the frame is lost. Nothing more of it
//! is written, it is aborted at its end, and `overflows` counts it (if it was good; a bad frame
//! is already counted by the receiver).

use crate::stream::axis::FrameWord;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct RxWordPacker {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// The receiver's bytes; on `tlast`, `tuser` high keeps the frame.
    pub s_axis_tdata: Signal<In, Bits<8>>,
    pub s_axis_tvalid: Signal<In, Bit>,
    pub s_axis_tlast: Signal<In, Bit>,
    pub s_axis_tuser: Signal<In, Bit>,
    /// The FIFO's write port.
    pub word: Signal<Out, FrameWord>,
    pub word_valid: Signal<Out, Bit>,
    pub word_last: Signal<Out, Bit>,
    pub word_ready: Signal<In, Bit>,
    pub abort: Signal<Out, Bit>,
    /// Good frames lost because the FIFO was full (wrapping).
    pub overflows: Signal<Out, Bits<32>>,
    /// The bytes of the word being filled, and which lanes they occupy.
    data: DFF<Bits<64>>,
    keep: DFF<Bits<8>>,
    lane: DFF<Bits<4>>,
    /// The frame met a full FIFO: it is written no further.
    dropping: DFF<Bit>,
    lost: DFF<Bits<32>>,
    /// A good frame was lost this cycle, registered: the counter may sit away from the frame
    /// logic without lengthening its paths (it counts one cycle after the frame's end).
    overflow_seen: DFF<Bit>,
    word_ends: Signal<Local, Bit>,
    last_lane: Constant<Bits<4>>,
    first_lane: Constant<Bits<4>>,
    lane_step: Constant<Bits<4>>,
    nothing: Constant<Bits<64>>,
    no_lanes: Constant<Bits<8>>,
    lane_zero: Constant<Bits<8>>,
    counter_step: Constant<Bits<32>>,
    counter_start: Constant<Bits<32>>,
}

impl Default for RxWordPacker {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            s_axis_tdata: Default::default(),
            s_axis_tvalid: Default::default(),
            s_axis_tlast: Default::default(),
            s_axis_tuser: Default::default(),
            word: Default::default(),
            word_valid: Default::default(),
            word_last: Default::default(),
            word_ready: Default::default(),
            abort: Default::default(),
            overflows: Default::default(),
            data: Default::default(),
            keep: Default::default(),
            lane: Default::default(),
            dropping: Default::default(),
            lost: Default::default(),
            overflow_seen: Default::default(),
            word_ends: Default::default(),
            last_lane: Constant::new(7u64.to_bits()),
            first_lane: Constant::new(0u64.to_bits()),
            lane_step: Constant::new(1u64.to_bits()),
            nothing: Constant::new(0u64.to_bits()),
            no_lanes: Constant::new(0u64.to_bits()),
            lane_zero: Constant::new(1u64.to_bits()),
            counter_step: Constant::new(1u64.to_bits()),
            counter_start: Constant::new(0u64.to_bits()),
        }
    }
}

impl Logic for RxWordPacker {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, data, keep, lane, dropping, lost, overflow_seen);
        self.overflows.next = self.lost.q.val();
        // The word with this cycle's byte in its lane.
        self.word.next.tdata =
            self.data.q.val() | (bit_cast::<64, 8>(self.s_axis_tdata.val()) << (bit_cast::<64, 4>(self.lane.q.val()) << 3));
        self.word.next.tkeep = self.keep.q.val() | (self.lane_zero.val() << self.lane.q.val());
        self.word.next.tlast = self.s_axis_tlast.val();
        self.word_ends.next = self.s_axis_tvalid.val() & ((self.lane.q.val() == self.last_lane.val()) | self.s_axis_tlast.val());
        self.word_last.next = self.s_axis_tlast.val();
        // A word goes in when it ends, unless the frame is being dropped or is bad at its end.
        self.word_valid.next =
            self.word_ends.val() & !self.dropping.q.val() & (!self.s_axis_tlast.val() | self.s_axis_tuser.val());
        self.abort.next = false;
        self.overflow_seen.d.next = false;

        if self.s_axis_tvalid.val() {
            self.data.d.next = self.word.val().tdata;
            self.keep.d.next = self.word.val().tkeep;
            self.lane.d.next = self.lane.q.val() + self.lane_step.val();
        }
        if self.word_ends.val() {
            self.data.d.next = self.nothing.val();
            self.keep.d.next = self.no_lanes.val();
            self.lane.d.next = self.first_lane.val();
            if !self.word_ready.val() {
                self.dropping.d.next = true;
            }
            if self.s_axis_tlast.val() {
                self.dropping.d.next = false;
                // Not committed: bad, or already dropping, or no room for its last word.
                if !self.s_axis_tuser.val() | self.dropping.q.val() | !self.word_ready.val() {
                    self.abort.next = true;
                }
                if self.s_axis_tuser.val() & (self.dropping.q.val() | !self.word_ready.val()) {
                    self.overflow_seen.d.next = true;
                }
            }
        }
        if self.overflow_seen.q.val() {
            self.lost.d.next = self.lost.q.val() + self.counter_step.val();
        }
        if self.reset.val() {
            self.overflow_seen.d.next = false;
            self.data.d.next = self.nothing.val();
            self.keep.d.next = self.no_lanes.val();
            self.lane.d.next = self.first_lane.val();
            self.dropping.d.next = false;
            self.lost.d.next = self.counter_start.val();
        }
    }
}
