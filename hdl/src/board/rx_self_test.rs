//! The receive self-test: the frames of the self-test image leave a block-RAM ROM at one beat a
//! cycle (the parser's back-pressure respected) into the real receive parser, and a checker
//! compares what the parser says of each frame — descriptor, payload, verdict — with what the
//! reference model said (the image's expectations). It runs once after reset and again on
//! `start`; `inject_fault` (sampled at start) flips a bit of the first accepted frame's ICRC, so
//! the run must fail: the check of the checker.
//!
//! Per frame the checker compares the descriptor's opcode, destination QP, PSN, payload length
//! and has-payload flag as the descriptor arrives; the XOR of the payload words (the bytes
//! `tkeep` keeps) at the payload's last word; the verdict (accepted or the drop cause) as it
//! arrives. Descriptors, payloads and verdicts each keep their own order, so each has its own
//! place in the expectations. The run ends when every frame's verdict is in — passed if nothing
//! differed, failed otherwise — or, failed, when the parser has not judged every frame
//! `ANSWER_TIMEOUT` cycles after the last beat.

use super::self_test_image::SelfTestImage;
use super::{SELF_TEST_PATH_MTU, SELF_TEST_PKEY};
use crate::constant::constant;
use crate::counters::COUNTER_INDEX_BITS;
use crate::roce::rx_parser::RxParser;
use crate::stream::keep_mask::KeepMask;
use rust_hdl::prelude::*;
use std::collections::BTreeMap;

/// Stimulus word: data 63:0, keep 71:64, last 72, user (MAC error) 73.
const STIMULUS_WIDTH: usize = 74;
/// Expected descriptor and payload of one frame: opcode 7:0, dest QP 31:8, PSN 55:32, payload
/// length 71:56, has payload 72, payload XOR 136:73.
const EXPECTED_WIDTH: usize = 137;
/// Cycles after the last beat within which the parser must have judged every frame.
const ANSWER_TIMEOUT: u64 = 4096;

/// Mismatch kinds, one bit each in `mismatch_kinds`.
pub const MISMATCH_VERDICT: u64 = 1;
pub const MISMATCH_DESCRIPTOR: u64 = 2;
pub const MISMATCH_PAYLOAD: u64 = 4;
pub const MISMATCH_TIMEOUT: u64 = 8;

#[derive(LogicBlock)]
pub struct RxSelfTest<const BEAT_BITS: usize, const FRAME_BITS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// Run again (a one-cycle pulse); `inject_fault` is sampled with it.
    pub start: Signal<In, Bit>,
    pub inject_fault: Signal<In, Bit>,
    pub running: Signal<Out, Bit>,
    pub passed: Signal<Out, Bit>,
    pub failed: Signal<Out, Bit>,
    /// Of the current (or last) run: frames fed, verdicts checked, mismatches found, the frame
    /// of the first mismatch, the kinds seen (`MISMATCH_*`), cycles from start to the end.
    pub frames_sent: Signal<Out, Bits<16>>,
    pub frames_checked: Signal<Out, Bits<16>>,
    pub mismatches: Signal<Out, Bits<16>>,
    pub first_mismatch: Signal<Out, Bits<16>>,
    pub mismatch_kinds: Signal<Out, Bits<4>>,
    pub run_cycles: Signal<Out, Bits<32>>,
    /// Runs finished since reset, and how many of them passed.
    pub runs: Signal<Out, Bits<16>>,
    pub runs_passed: Signal<Out, Bits<16>>,
    /// The parser's counter bank (accepted, drops by cause).
    pub stat_index: Signal<In, Bits<COUNTER_INDEX_BITS>>,
    pub stat_value: Signal<Out, Bits<32>>,
    parser: RxParser,
    stimulus: SyncROM<Bits<STIMULUS_WIDTH>, BEAT_BITS>,
    expected: SyncROM<Bits<EXPECTED_WIDTH>, FRAME_BITS>,
    verdicts: ROM<Bits<5>, FRAME_BITS>,
    /// Cycles since reset, until the parser's counters have cleared themselves.
    boot: DFF<Bits<7>>,
    feeding: DFF<Bit>,
    /// The stimulus word of `beat` is on the ROM's output.
    primed: DFF<Bit>,
    beat: DFF<Bits<BEAT_BITS>>,
    fault_armed: DFF<Bit>,
    checking: DFF<Bit>,
    descriptor_frame: DFF<Bits<FRAME_BITS>>,
    verdict_frame: DFF<Bits<FRAME_BITS>>,
    payload_xor: DFF<Bits<64>>,
    payload_expected: DFF<Bits<64>>,
    sent: DFF<Bits<16>>,
    checked: DFF<Bits<16>>,
    mismatch_count: DFF<Bits<16>>,
    first_mismatch_frame: DFF<Bits<16>>,
    kinds: DFF<Bits<4>>,
    cycles: DFF<Bits<32>>,
    idle_cycles: DFF<Bits<16>>,
    pass: DFF<Bit>,
    fail: DFF<Bit>,
    run_count: DFF<Bits<16>>,
    pass_count: DFF<Bits<16>>,
    launch: Signal<Local, Bit>,
    fire: Signal<Local, Bit>,
    word: Signal<Local, Bits<STIMULUS_WIDTH>>,
    fault: Signal<Local, Bits<64>>,
    descriptor_fire: Signal<Local, Bit>,
    payload_fire: Signal<Local, Bit>,
    verdict_fire: Signal<Local, Bit>,
    expectation: Signal<Local, Bits<EXPECTED_WIDTH>>,
    keep_mask: KeepMask,
    frame_xor: Signal<Local, Bits<64>>,
    expected_xor: Signal<Local, Bits<64>>,
    new_kinds: Signal<Local, Bits<4>>,
    finished: Signal<Local, Bit>,
    total_frames: Constant<Bits<16>>,
    fault_beat: Constant<Bits<BEAT_BITS>>,
    fault_mask: Constant<Bits<64>>,
    boot_done: Constant<Bits<7>>,
    boot_start: Constant<Bits<7>>,
    last_beat: Constant<Bits<BEAT_BITS>>,
    one_beat: Constant<Bits<BEAT_BITS>>,
    zero_beat: Constant<Bits<BEAT_BITS>>,
    one_frame: Constant<Bits<FRAME_BITS>>,
    zero_frame: Constant<Bits<FRAME_BITS>>,
    one_7: Constant<Bits<7>>,
    zero_7: Constant<Bits<7>>,
    one_16: Constant<Bits<16>>,
    zero_16: Constant<Bits<16>>,
    one_32: Constant<Bits<32>>,
    zero_32: Constant<Bits<32>>,
    zero_4: Constant<Bits<4>>,
    zero_64: Constant<Bits<64>>,
    answer_timeout: Constant<Bits<16>>,
    pkey: Constant<Bits<16>>,
    path_mtu: Constant<Bits<13>>,
    kind_verdict: Constant<Bits<4>>,
    kind_descriptor: Constant<Bits<4>>,
    kind_payload: Constant<Bits<4>>,
    kind_timeout: Constant<Bits<4>>,
}

impl<const BEAT_BITS: usize, const FRAME_BITS: usize> RxSelfTest<BEAT_BITS, FRAME_BITS> {
    /// The self-test of `image`: its beats and frames must fit the ROMs.
    pub fn new(image: &SelfTestImage) -> Self {
        let beats = image.beats();
        assert!(beats.len() < 1 << BEAT_BITS, "{} stimulus beats do not fit 2^{BEAT_BITS}", beats.len());
        assert!(image.frames.len() < 1 << FRAME_BITS, "{} frames do not fit 2^{FRAME_BITS}", image.frames.len());
        let stimulus: BTreeMap<Bits<BEAT_BITS>, Bits<STIMULUS_WIDTH>> = beats
            .iter()
            .enumerate()
            .map(|(i, b)| {
                let word = bit_cast::<STIMULUS_WIDTH, 64>(b.data.to_bits())
                    | bit_cast::<STIMULUS_WIDTH, 64>((b.keep as u64 | (b.last as u64) << 8 | (b.user as u64) << 9).to_bits()) << 64;
                ((i as u64).to_bits(), word)
            })
            .collect();
        let expected: BTreeMap<Bits<FRAME_BITS>, Bits<EXPECTED_WIDTH>> = image
            .frames
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let e = &f.expected;
                let low = e.opcode as u64 | (e.dest_qp as u64) << 8 | (e.psn as u64) << 32 | (e.payload_length as u64 & 0xFF) << 56;
                let high = (e.payload_length as u64) >> 8 | (e.has_payload as u64) << 8;
                let word = bit_cast::<EXPECTED_WIDTH, 64>(low.to_bits())
                    | bit_cast::<EXPECTED_WIDTH, 64>(high.to_bits()) << 64
                    | bit_cast::<EXPECTED_WIDTH, 64>(e.payload_xor.to_bits()) << 73;
                ((i as u64).to_bits(), word)
            })
            .collect();
        let verdicts: BTreeMap<Bits<FRAME_BITS>, Bits<5>> =
            image.frames.iter().enumerate().map(|(i, f)| ((i as u64).to_bits(), (f.expected.verdict as u64).to_bits())).collect();
        let (fault_beat, fault_lane) = image.fault_site().expect("the image has an accepted frame");
        Self {
            clock: Default::default(),
            reset: Default::default(),
            start: Default::default(),
            inject_fault: Default::default(),
            running: Default::default(),
            passed: Default::default(),
            failed: Default::default(),
            frames_sent: Default::default(),
            frames_checked: Default::default(),
            mismatches: Default::default(),
            first_mismatch: Default::default(),
            mismatch_kinds: Default::default(),
            run_cycles: Default::default(),
            runs: Default::default(),
            runs_passed: Default::default(),
            stat_index: Default::default(),
            stat_value: Default::default(),
            parser: Default::default(),
            stimulus: SyncROM::new(stimulus),
            expected: SyncROM::new(expected),
            verdicts: ROM::new(verdicts),
            boot: Default::default(),
            feeding: Default::default(),
            primed: Default::default(),
            beat: Default::default(),
            fault_armed: Default::default(),
            checking: Default::default(),
            descriptor_frame: Default::default(),
            verdict_frame: Default::default(),
            payload_xor: Default::default(),
            payload_expected: Default::default(),
            sent: Default::default(),
            checked: Default::default(),
            mismatch_count: Default::default(),
            first_mismatch_frame: Default::default(),
            kinds: Default::default(),
            cycles: Default::default(),
            idle_cycles: Default::default(),
            pass: Default::default(),
            fail: Default::default(),
            run_count: Default::default(),
            pass_count: Default::default(),
            launch: Default::default(),
            fire: Default::default(),
            word: Default::default(),
            fault: Default::default(),
            descriptor_fire: Default::default(),
            payload_fire: Default::default(),
            verdict_fire: Default::default(),
            expectation: Default::default(),
            keep_mask: Default::default(),
            frame_xor: Default::default(),
            expected_xor: Default::default(),
            new_kinds: Default::default(),
            finished: Default::default(),
            total_frames: constant(image.frames.len() as u64),
            fault_beat: constant(fault_beat as u64),
            fault_mask: constant(1u64 << (8 * fault_lane)),
            boot_done: constant(127),
            boot_start: constant(126),
            last_beat: constant(beats.len() as u64 - 1),
            one_beat: constant(1),
            zero_beat: constant(0),
            one_frame: constant(1),
            zero_frame: constant(0),
            one_7: constant(1),
            zero_7: constant(0),
            one_16: constant(1),
            zero_16: constant(0),
            one_32: constant(1),
            zero_32: constant(0),
            zero_4: constant(0),
            zero_64: constant(0),
            answer_timeout: constant(ANSWER_TIMEOUT),
            pkey: constant(SELF_TEST_PKEY as u64),
            path_mtu: constant(SELF_TEST_PATH_MTU),
            kind_verdict: constant(MISMATCH_VERDICT),
            kind_descriptor: constant(MISMATCH_DESCRIPTOR),
            kind_payload: constant(MISMATCH_PAYLOAD),
            kind_timeout: constant(MISMATCH_TIMEOUT),
        }
    }
}

impl<const BEAT_BITS: usize, const FRAME_BITS: usize> Logic for RxSelfTest<BEAT_BITS, FRAME_BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, boot, feeding, primed, beat, fault_armed, checking, descriptor_frame, verdict_frame, payload_xor,
            payload_expected, sent, checked, mismatch_count, first_mismatch_frame, kinds, cycles, idle_cycles, pass, fail,
            run_count, pass_count
        );
        clock!(self, clock, parser, stimulus, expected);
        self.parser.reset.next = self.reset.val();
        self.parser.cfg_pkey.next = self.pkey.val();
        self.parser.cfg_path_mtu.next = self.path_mtu.val();
        self.parser.stat_index.next = self.stat_index.val();
        self.stat_value.next = self.parser.stat_value.val();

        // Start: once the parser's counters are clear after reset, then on request.
        if self.boot.q.val() != self.boot_done.val() {
            self.boot.d.next = self.boot.q.val() + self.one_7.val();
        }
        self.launch.next = self.start.val() | (self.boot.q.val() == self.boot_start.val());

        // Feed: the ROM reads the next word when this one is taken.
        self.word.next = self.stimulus.data.val();
        self.fault.next = self.zero_64.val();
        if self.fault_armed.q.val() & (self.beat.q.val() == self.fault_beat.val()) {
            self.fault.next = self.fault_mask.val();
        }
        self.parser.s_axis_tdata.next = self.word.val().get_bits::<64>(0) ^ self.fault.val();
        self.parser.s_axis_tkeep.next = self.word.val().get_bits::<8>(64);
        self.parser.s_axis_tlast.next = self.word.val().get_bit(72);
        self.parser.s_axis_tuser.next = self.word.val().get_bit(73);
        self.parser.s_axis_tvalid.next = self.feeding.q.val() & self.primed.q.val();
        self.fire.next = self.feeding.q.val() & self.primed.q.val() & self.parser.s_axis_tready.val();
        self.stimulus.address.next = self.beat.q.val();
        if self.fire.val() {
            self.stimulus.address.next = self.beat.q.val() + self.one_beat.val();
        }
        self.beat.d.next = self.stimulus.address.val();
        self.primed.d.next = self.feeding.q.val();
        if self.fire.val() {
            if self.word.val().get_bit(72) {
                self.sent.d.next = self.sent.q.val() + self.one_16.val();
            }
            if self.beat.q.val() == self.last_beat.val() {
                self.feeding.d.next = false;
            }
        }

        // Check: every output of the parser is always taken.
        self.parser.desc_ready.next = true;
        self.parser.m_axis_payload_tready.next = true;
        self.parser.verdict_ready.next = true;
        self.descriptor_fire.next = self.checking.q.val() & self.parser.desc_valid.val();
        self.payload_fire.next = self.checking.q.val() & self.parser.m_axis_payload_tvalid.val();
        self.verdict_fire.next = self.checking.q.val() & self.parser.verdict_valid.val();
        self.expected.address.next = self.descriptor_frame.q.val();
        if self.descriptor_fire.val() {
            self.expected.address.next = self.descriptor_frame.q.val() + self.one_frame.val();
        }
        self.descriptor_frame.d.next = self.expected.address.val();
        self.expectation.next = self.expected.data.val();
        self.verdicts.address.next = self.verdict_frame.q.val();
        self.new_kinds.next = self.zero_4.val();
        if self.descriptor_fire.val() {
            self.payload_expected.d.next = self.expectation.val().get_bits::<64>(73);
            if (self.parser.desc_opcode.val() != self.expectation.val().get_bits::<8>(0))
                | (self.parser.desc_dest_qp.val() != self.expectation.val().get_bits::<24>(8))
                | (self.parser.desc_psn.val() != self.expectation.val().get_bits::<24>(32))
                | (self.parser.desc_payload_length.val() != self.expectation.val().get_bits::<16>(56))
                | (self.parser.desc_has_payload.val() != self.expectation.val().get_bit(72))
            {
                self.new_kinds.next = self.kind_descriptor.val();
            }
        }
        // A payload follows its descriptor and ends before the next one starts; a one-word
        // payload may come in the descriptor's cycle.
        self.expected_xor.next = self.payload_expected.q.val();
        if self.descriptor_fire.val() {
            self.expected_xor.next = self.expectation.val().get_bits::<64>(73);
        }
        // Only the bytes the payload keeps count (the last word's others are not specified).
        self.keep_mask.keep.next = self.parser.m_axis_payload_tkeep.val();
        self.frame_xor.next = self.payload_xor.q.val() ^ (self.parser.m_axis_payload_tdata.val() & self.keep_mask.mask.val());
        if self.payload_fire.val() {
            self.payload_xor.d.next = self.frame_xor.val();
            if self.parser.m_axis_payload_tlast.val() {
                self.payload_xor.d.next = self.zero_64.val();
                if self.frame_xor.val() != self.expected_xor.val() {
                    self.new_kinds.next = self.new_kinds.val() | self.kind_payload.val();
                }
            }
        }
        if self.verdict_fire.val() {
            self.verdict_frame.d.next = self.verdict_frame.q.val() + self.one_frame.val();
            self.checked.d.next = self.checked.q.val() + self.one_16.val();
            if self.parser.verdict_cause.val() != self.verdicts.data.val() {
                self.new_kinds.next = self.new_kinds.val() | self.kind_verdict.val();
            }
        }
        // The parser must answer within the timeout of the last beat.
        if self.checking.q.val() & !self.feeding.q.val() {
            self.idle_cycles.d.next = self.idle_cycles.q.val() + self.one_16.val();
            if self.idle_cycles.q.val() == self.answer_timeout.val() {
                self.new_kinds.next = self.new_kinds.val() | self.kind_timeout.val();
            }
        }
        if self.new_kinds.val() != self.zero_4.val() {
            self.kinds.d.next = self.kinds.q.val() | self.new_kinds.val();
            self.mismatch_count.d.next = self.mismatch_count.q.val() + self.one_16.val();
            if self.mismatch_count.q.val() == self.zero_16.val() {
                self.first_mismatch_frame.d.next = bit_cast::<16, FRAME_BITS>(self.verdict_frame.q.val());
            }
        }
        if self.checking.q.val() {
            self.cycles.d.next = self.cycles.q.val() + self.one_32.val();
        }
        // The end: every verdict in, or a timeout.
        self.finished.next = self.checking.q.val()
            & ((self.verdict_fire.val() & ((self.checked.q.val() + self.one_16.val()) == self.total_frames.val()))
                | (self.new_kinds.val() & self.kind_timeout.val()).any());
        if self.finished.val() {
            self.checking.d.next = false;
            self.feeding.d.next = false;
            self.run_count.d.next = self.run_count.q.val() + self.one_16.val();
            if (self.mismatch_count.q.val() == self.zero_16.val()) & (self.new_kinds.val() == self.zero_4.val()) {
                self.pass.d.next = true;
                self.pass_count.d.next = self.pass_count.q.val() + self.one_16.val();
            } else {
                self.fail.d.next = true;
            }
        }

        if self.launch.val() {
            self.feeding.d.next = true;
            self.primed.d.next = false;
            self.checking.d.next = true;
            self.beat.d.next = self.zero_beat.val();
            self.stimulus.address.next = self.zero_beat.val();
            self.fault_armed.d.next = self.inject_fault.val();
            self.descriptor_frame.d.next = self.zero_frame.val();
            self.expected.address.next = self.zero_frame.val();
            self.verdict_frame.d.next = self.zero_frame.val();
            self.payload_xor.d.next = self.zero_64.val();
            self.sent.d.next = self.zero_16.val();
            self.checked.d.next = self.zero_16.val();
            self.mismatch_count.d.next = self.zero_16.val();
            self.first_mismatch_frame.d.next = self.zero_16.val();
            self.kinds.d.next = self.zero_4.val();
            self.cycles.d.next = self.zero_32.val();
            self.idle_cycles.d.next = self.zero_16.val();
            self.pass.d.next = false;
            self.fail.d.next = false;
        }
        if self.reset.val() {
            self.boot.d.next = self.zero_7.val();
            self.feeding.d.next = false;
            self.primed.d.next = false;
            self.checking.d.next = false;
            self.pass.d.next = false;
            self.fail.d.next = false;
            self.run_count.d.next = self.zero_16.val();
            self.pass_count.d.next = self.zero_16.val();
            self.sent.d.next = self.zero_16.val();
            self.checked.d.next = self.zero_16.val();
            self.mismatch_count.d.next = self.zero_16.val();
            self.kinds.d.next = self.zero_4.val();
            self.cycles.d.next = self.zero_32.val();
        }

        self.running.next = self.checking.q.val();
        self.passed.next = self.pass.q.val();
        self.failed.next = self.fail.q.val();
        self.frames_sent.next = self.sent.q.val();
        self.frames_checked.next = self.checked.q.val();
        self.mismatches.next = self.mismatch_count.q.val();
        self.first_mismatch.next = self.first_mismatch_frame.q.val();
        self.mismatch_kinds.next = self.kinds.q.val();
        self.run_cycles.next = self.cycles.q.val();
        self.runs.next = self.run_count.q.val();
        self.runs_passed.next = self.pass_count.q.val();
    }
}
