//! The parser's payload stream: a frame's payload realigned to start at byte 0, from the previous
//! beat and this one (the payload starts at lane 2 or 6 of the beat where the headers end).
//!
//! Middle beats emit a word as they pass; the frame's last beat leaves up to two words (the
//! realigned one, and the rest of its own bytes) to drain in the next cycles, where the byte
//! counts that depend on its `tkeep` are worked out from registers. The packet ends in `tlast`,
//! with `tuser` on its last beat when the frame ended before its payload did.

use crate::constant::constant;
use crate::stream::axis::AxisBeat;
use crate::stream::skid_buffer::SkidBuffer;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct RxPayload {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// The parser's beat (little-endian, bytes past the frame's end zeroed) and its byte count.
    pub beat: Signal<In, Bits<64>>,
    pub beat_lanes: Signal<In, Bits<4>>,
    pub beat_last: Signal<In, Bit>,
    pub beat_taken: Signal<In, Bit>,
    /// A last beat is offered and no drain is pending: its leftovers may be loaded.
    pub last_beat_loads: Signal<In, Bit>,
    /// The headers end in the beat offered / taken now.
    pub headers_end_here: Signal<In, Bit>,
    pub headers_end_now: Signal<In, Bit>,
    /// The payload's first lane (2 or 6) and its length (headers' view, 17-bit two's complement).
    pub payload_lane: Signal<In, Bits<4>>,
    pub payload_room: Signal<In, Bits<17>>,
    /// The payload flows from the beat taken now: the headers end there, without error, not empty.
    pub payload_starts: Signal<In, Bit>,
    /// The length checks (made at beat 6, in the flags a cycle later) failed.
    pub length_check_failed: Signal<In, Bit>,
    /// The length checks of the frame that ended a cycle ago failed.
    pub ended_with_length_error: Signal<In, Bit>,
    /// A beat carrying payload could be taken now.
    pub ready: Signal<Out, Bit>,
    /// The last beat's leftovers are still to be sent: the next last beat must wait.
    pub draining: Signal<Out, Bit>,

    pub m_axis_tdata: Signal<Out, Bits<64>>,
    pub m_axis_tkeep: Signal<Out, Bits<8>>,
    pub m_axis_tlast: Signal<Out, Bit>,
    pub m_axis_tuser: Signal<Out, Bit>,
    pub m_axis_tvalid: Signal<Out, Bit>,
    pub m_axis_tready: Signal<In, Bit>,

    slice: SkidBuffer<AxisBeat>,
    previous: DFF<Bits<64>>,
    open: DFF<Bit>,
    /// The payload may flow: no header error, not empty (the length checks come a cycle later).
    ok: DFF<Bit>,
    flows: Signal<Local, Bit>,
    remaining: DFF<Bits<16>>,
    /// `remaining`, saturated at 16 (a word and a tail hold at most 14 bytes).
    remaining_small: DFF<Bits<5>>,
    room_small: Signal<Local, Bits<5>>,
    remaining_after_beat: Signal<Local, Bits<16>>,
    remaining_small_after_beat: Signal<Local, Bits<5>>,
    word: Signal<Local, Bits<64>>,
    tail_word: Signal<Local, Bits<64>>,
    /// The last beat: how many of its bytes precede the realignment point, how many follow.
    available: Signal<Local, Bits<4>>,
    tail_lanes: Signal<Local, Bits<4>>,
    last_taken: Signal<Local, Bits<4>>,
    /// What the next middle beat carries: its `tkeep`, and whether it ends the payload. Worked
    /// out a beat ahead, from the payload's length or what remained before this beat, by
    /// lookups on the low bits (no arithmetic: these feed the slice's input).
    middle_keep: DFF<Bits<8>>,
    middle_last: DFF<Bit>,
    /// `n` -> `min(n, 8)` ones / `min(n - 8, 8)` ones (0 when n < 8).
    keep_of_room: ROM<Bits<8>, 5>,
    keep_after_beat: ROM<Bits<8>, 5>,
    /// The cycle after a last beat, before anything of it is sent.
    drain_prepare: DFF<Bit>,
    drain_word_pending: DFF<Bit>,
    drain_tail_pending: DFF<Bit>,
    /// The last beat's leftovers: its realigned word, the bytes after the realignment point.
    drain_word: DFF<Bits<64>>,
    drain_tail: DFF<Bits<64>>,
    /// Bytes of the last beat's realigned word that belong to the payload.
    drain_taken: DFF<Bits<4>>,
    drain_tail_lanes: DFF<Bits<4>>,
    drain_left: Signal<Local, Bits<5>>,
    /// The realigned word's `tlast` and `tuser`, the tail's `tkeep` and `tuser`.
    drain_word_last: DFF<Bit>,
    drain_word_short: DFF<Bit>,
    drain_tail_keep: DFF<Bits<8>>,
    drain_tail_short: DFF<Bit>,
    /// `n` -> the lowest `min(n, 8)` bits set.
    thermometer: ROM<Bits<8>, 5>,

    ones: Constant<Bits<8>>,
    all_lanes: Constant<Bits<4>>,
    no_lanes: Constant<Bits<4>>,
    lane_two: Constant<Bits<4>>,
    no_small: Constant<Bits<5>>,
    eight_small: Constant<Bits<5>>,
    sixteen_small: Constant<Bits<5>>,
    sixteen_room: Constant<Bits<17>>,
    eight_bytes: Constant<Bits<16>>,
    /// Above this, two more beats leave at least 16 bytes.
    twenty_three: Constant<Bits<5>>,
}

impl Default for RxPayload {
    fn default() -> Self {
        let ones_up_to = |n: u64, skip: u64| ((1u64 << n.saturating_sub(skip).min(8)) - 1).to_bits();
        Self {
            clock: Default::default(),
            reset: Default::default(),
            beat: Default::default(),
            beat_lanes: Default::default(),
            beat_last: Default::default(),
            beat_taken: Default::default(),
            last_beat_loads: Default::default(),
            headers_end_here: Default::default(),
            headers_end_now: Default::default(),
            payload_lane: Default::default(),
            payload_room: Default::default(),
            payload_starts: Default::default(),
            length_check_failed: Default::default(),
            ended_with_length_error: Default::default(),
            ready: Default::default(),
            draining: Default::default(),
            m_axis_tdata: Default::default(),
            m_axis_tkeep: Default::default(),
            m_axis_tlast: Default::default(),
            m_axis_tuser: Default::default(),
            m_axis_tvalid: Default::default(),
            m_axis_tready: Default::default(),
            slice: Default::default(),
            previous: Default::default(),
            open: Default::default(),
            ok: Default::default(),
            flows: Default::default(),
            remaining: Default::default(),
            remaining_small: Default::default(),
            room_small: Default::default(),
            remaining_after_beat: Default::default(),
            remaining_small_after_beat: Default::default(),
            word: Default::default(),
            tail_word: Default::default(),
            available: Default::default(),
            tail_lanes: Default::default(),
            last_taken: Default::default(),
            middle_keep: Default::default(),
            middle_last: Default::default(),
            keep_of_room: ROM::new((0..32u64).map(|n| (n.to_bits(), ones_up_to(n, 0))).collect()),
            keep_after_beat: ROM::new((0..32u64).map(|n| (n.to_bits(), ones_up_to(n, 8))).collect()),
            drain_prepare: Default::default(),
            drain_word_pending: Default::default(),
            drain_tail_pending: Default::default(),
            drain_word: Default::default(),
            drain_tail: Default::default(),
            drain_taken: Default::default(),
            drain_tail_lanes: Default::default(),
            drain_left: Default::default(),
            drain_word_last: Default::default(),
            drain_word_short: Default::default(),
            drain_tail_keep: Default::default(),
            drain_tail_short: Default::default(),
            thermometer: ROM::new((0..32u64).map(|n| (n.to_bits(), ones_up_to(n, 0))).collect()),
            ones: constant(0xFF),
            all_lanes: constant(8),
            no_lanes: constant(0),
            lane_two: constant(2),
            no_small: constant(0),
            eight_small: constant(8),
            sixteen_small: constant(16),
            sixteen_room: constant(16),
            eight_bytes: constant(8),
            twenty_three: constant(23),
        }
    }
}

impl Logic for RxPayload {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, previous, open, ok, remaining, remaining_small, middle_keep, middle_last, drain_prepare,
            drain_word_pending, drain_tail_pending, drain_word, drain_tail, drain_taken, drain_tail_lanes,
            drain_word_last, drain_word_short, drain_tail_keep, drain_tail_short
        );
        self.slice.clock.next = self.clock.val();
        self.slice.reset.next = self.reset.val();
        self.ready.next = self.slice.in_ready.val();
        self.draining.next = self.drain_word_pending.q.val() | self.drain_tail_pending.q.val();
        self.flows.next = self.ok.q.val() & !self.length_check_failed.val();
        if self.beat_taken.val() {
            self.previous.d.next = self.beat.val();
        }

        if self.payload_lane.val() == self.lane_two.val() {
            self.word.next = (self.previous.q.val() >> 16) | (self.beat.val() << 48);
            self.tail_word.next = self.beat.val() >> 16;
        } else {
            self.word.next = (self.previous.q.val() >> 48) | (self.beat.val() << 16);
            self.tail_word.next = self.beat.val() >> 48;
        }
        self.room_small.next = bit_cast::<5, 17>(self.payload_room.val());
        if self.payload_room.val() > self.sixteen_room.val() {
            self.room_small.next = self.sixteen_small.val();
        }
        self.remaining_after_beat.next = self.remaining.q.val() - self.eight_bytes.val();
        // The same saturated at 16, from the low bits only: no 16-bit carry chain on this path.
        self.remaining_small_after_beat.next = self.remaining.q.val().get_bits::<5>(0) - self.eight_small.val();
        if self.remaining.q.val().get_bits::<11>(5).any() | (self.remaining.q.val().get_bits::<5>(0) > self.twenty_three.val()) {
            self.remaining_small_after_beat.next = self.sixteen_small.val();
        }
        self.available.next = self.all_lanes.val();
        self.tail_lanes.next = self.no_lanes.val();
        if self.beat_lanes.val() < self.payload_lane.val() {
            self.available.next = self.all_lanes.val() - self.payload_lane.val() + self.beat_lanes.val();
        } else {
            self.tail_lanes.next = self.beat_lanes.val() - self.payload_lane.val();
        }
        self.last_taken.next = self.available.val();
        if self.remaining_small.q.val() < bit_cast::<5, 4>(self.available.val()) {
            self.last_taken.next = bit_cast::<4, 5>(self.remaining_small.q.val());
        }
        // A drain starts with a cycle that works out, from registers, what the last beat owes:
        // whether its realigned word ends the payload (or ends it short), and the tail's bytes.
        self.drain_left.next = self.remaining_small.q.val() - bit_cast::<5, 4>(self.drain_taken.q.val());
        self.thermometer.address.next = self.drain_left.val();
        if self.drain_prepare.q.val() {
            self.drain_prepare.d.next = false;
            self.drain_word_last.d.next =
                (self.drain_left.val() == self.no_small.val()) | (self.drain_tail_lanes.q.val() == self.no_lanes.val());
            self.drain_word_short.d.next =
                (self.drain_left.val() != self.no_small.val()) & (self.drain_tail_lanes.q.val() == self.no_lanes.val());
            self.drain_tail_keep.d.next = self.thermometer.data.val() & !(self.ones.val() << self.drain_tail_lanes.q.val());
            self.drain_tail_short.d.next = self.drain_left.val() > bit_cast::<5, 4>(self.drain_tail_lanes.q.val());
            if self.drain_word_pending.q.val() {
                self.drain_tail_pending.d.next = (self.drain_left.val() != self.no_small.val())
                    & (self.drain_tail_lanes.q.val() != self.no_lanes.val());
            } else if self.ended_with_length_error.val() {
                // A payload that starts in the last beat (a beat-6 header end): the length checks
                // made at that beat failed.
                self.drain_tail_pending.d.next = false;
            }
        }

        self.slice.in_valid.next = false;
        self.slice.in_data.next.tdata = self.word.val();
        self.slice.in_data.next.tkeep = self.middle_keep.q.val();
        self.slice.in_data.next.tlast = false;
        self.slice.in_data.next.tuser = false;
        if !self.drain_prepare.q.val() & self.drain_word_pending.q.val() {
            // The realigned word of the last beat; then its tail if bytes remain for it.
            self.slice.in_data.next.tdata = self.drain_word.q.val();
            self.slice.in_data.next.tkeep = !(self.ones.val() << self.drain_taken.q.val());
            self.slice.in_data.next.tlast = self.drain_word_last.q.val();
            self.slice.in_data.next.tuser = self.drain_word_short.q.val();
            if self.slice.in_ready.val() {
                self.slice.in_valid.next = true;
                self.drain_word_pending.d.next = false;
            }
        } else if !self.drain_prepare.q.val() & self.drain_tail_pending.q.val() {
            // The bytes after the realignment point (all of a payload that starts in the last beat).
            self.slice.in_data.next.tdata = self.drain_tail.q.val();
            self.slice.in_data.next.tkeep = self.drain_tail_keep.q.val();
            self.slice.in_data.next.tlast = true;
            self.slice.in_data.next.tuser = self.drain_tail_short.q.val();
            if self.slice.in_ready.val() {
                self.slice.in_valid.next = true;
                self.drain_tail_pending.d.next = false;
            }
        } else if self.beat_taken.val() & self.open.q.val() & self.flows.val() & !self.beat_last.val() {
            self.slice.in_valid.next = true;
            if self.middle_last.q.val() {
                self.slice.in_data.next.tlast = true;
                self.open.d.next = false;
            }
            self.remaining.d.next = self.remaining_after_beat.val();
            self.remaining_small.d.next = self.remaining_small_after_beat.val();
            self.middle_keep.d.next = self.ones.val();
            self.middle_last.d.next = false;
            if !self.remaining.q.val().get_bits::<11>(5).any() {
                self.middle_keep.d.next = self.keep_after_beat.data.val();
                self.middle_last.d.next = self.remaining.q.val().get_bits::<5>(0) <= self.sixteen_small.val();
            }
        }
        // A payload opens where the headers end; whether it may flow (no header error, not empty)
        // is a flag of its own, so the parser's wide enables do not wait for the length checks.
        if self.headers_end_now.val() {
            self.open.d.next = !self.beat_last.val();
            self.ok.d.next = self.payload_starts.val();
            self.remaining.d.next = self.payload_room.val().get_bits::<16>(0);
            self.remaining_small.d.next = self.room_small.val();
            self.middle_keep.d.next = self.ones.val();
            self.middle_last.d.next = false;
            if !self.payload_room.val().get_bits::<12>(5).any() {
                self.middle_keep.d.next = self.keep_of_room.data.val();
                self.middle_last.d.next = self.payload_room.val().get_bits::<5>(0) <= self.eight_small.val();
            }
        }
        self.keep_of_room.address.next = self.payload_room.val().get_bits::<5>(0);
        self.keep_after_beat.address.next = self.remaining.q.val().get_bits::<5>(0);
        if self.last_beat_loads.val() {
            // Loaded while a last beat waits too (the same values again); no drain is pending.
            self.drain_word.d.next = self.word.val();
            self.drain_tail.d.next = self.tail_word.val();
            self.drain_taken.d.next = self.last_taken.val();
            if self.headers_end_here.val() {
                // The payload starts in this beat: the tail owes all of it.
                self.drain_taken.d.next = self.no_lanes.val();
            }
            self.drain_tail_lanes.d.next = self.tail_lanes.val();
        }
        if self.beat_taken.val() & self.beat_last.val() {
            self.open.d.next = false;
            self.drain_prepare.d.next = (self.open.q.val() & self.flows.val()) | self.payload_starts.val();
            self.drain_word_pending.d.next = self.open.q.val() & self.flows.val();
            self.drain_tail_pending.d.next = self.payload_starts.val();
        }

        self.slice.out_ready.next = self.m_axis_tready.val();
        self.m_axis_tdata.next = self.slice.out_data.val().tdata;
        self.m_axis_tkeep.next = self.slice.out_data.val().tkeep;
        self.m_axis_tlast.next = self.slice.out_data.val().tlast;
        self.m_axis_tuser.next = self.slice.out_data.val().tuser;
        self.m_axis_tvalid.next = self.slice.out_valid.val();
        if self.reset.val() {
            self.open.d.next = false;
            self.drain_word_pending.d.next = false;
            self.drain_tail_pending.d.next = false;
            self.drain_prepare.d.next = false;
        }
    }
}
