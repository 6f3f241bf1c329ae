//! The packet builder's first part: it holds the next descriptor and works out where each part
//! of its frame falls (docs/tx-builder.md).
//!
//! A descriptor is taken when the register is free, its opcode looked up on the way in. Its
//! layout (lengths, IPv4 checksum, the beats and lanes where the payload, the ICRC and the frame
//! end) is computed over four cycles, one adder deep per stage, while the generator sends the
//! previous frame. `ready` says the layout agrees with the descriptor; `take` empties the register.

use super::opcode_table::{opcode_rom, OpcodeEntry};
use super::tx_builder::{FrameLayout, TxDescriptor, BEAT_BITS, IPV4_FLAGS_DF, IPV4_TTL, MAX_PAYLOAD};
use super::wire::{self, PayloadRule};
use crate::constant::constant;
use rust_hdl::prelude::*;

/// Cycles from loading a descriptor to its layout being complete (the stages behind `layout`).
const LAYOUT_CYCLES: u64 = 4;

#[derive(LogicBlock)]
pub struct FramePlanner {
    pub clock: Signal<In, Clock>,
    /// Synchronous, active high: empties the register.
    pub reset: Signal<In, Bit>,
    pub descriptor: Signal<In, TxDescriptor>,
    pub descriptor_valid: Signal<In, Bit>,
    pub descriptor_ready: Signal<Out, Bit>,
    /// The descriptor held, its opcode's entry and its frame's layout.
    pub pending: Signal<Out, TxDescriptor>,
    pub entry: Signal<Out, OpcodeEntry>,
    pub layout: Signal<Out, FrameLayout>,
    /// The descriptor must not be sent: unknown opcode, payload over `MAX_PAYLOAD`, or a payload
    /// on an opcode that carries none.
    pub refused: Signal<Out, Bit>,
    /// A descriptor is held and its layout complete.
    pub ready: Signal<Out, Bit>,
    /// The generator takes the descriptor (only while `ready`).
    pub take: Signal<In, Bit>,
    opcodes: ROM<OpcodeEntry, 8>,
    /// `n` -> the lowest `n` bits set (`n` = 0..8), and the same for `n + 1`.
    thermometer: ROM<Bits<8>, 4>,
    last_thermometer: ROM<Bits<8>, 4>,
    held: DFF<TxDescriptor>,
    held_entry: DFF<OpcodeEntry>,
    held_valid: DFF<Bit>,
    /// Cycles since loading, up to `LAYOUT_CYCLES`.
    age: DFF<Bits<3>>,
    // Stage 1.
    s1_pad: DFF<Bits<2>>,
    s1_ip_length: DFF<Bits<16>>,
    s1_payload_end: DFF<Bits<16>>,
    s1_address_sum: DFF<Bits<20>>,
    s1_input_beats: DFF<Bits<BEAT_BITS>>,
    s1_bad: DFF<Bit>,
    // Stage 2.
    s2_frame_end: DFF<Bits<16>>,
    s2_covered_end: DFF<Bits<16>>,
    s2_sum: DFF<Bits<20>>,
    // Stages 3 and 4.
    s3_fold: DFF<Bits<17>>,
    planned: DFF<FrameLayout>,
    pad_negated: Signal<Local, Bits<2>>,
    frame_end: Signal<Local, Bits<16>>,
    frame_last_byte: Signal<Local, Bits<16>>,
    folded: Signal<Local, Bits<16>>,
    tos: Signal<Local, Bits<8>>,
    // Fields sliced further (hdl_gen slices one level at a time).
    length: Signal<Local, Bits<13>>,
    src_ip: Signal<Local, Bits<32>>,
    dst_ip: Signal<Local, Bits<32>>,
    lane: Signal<Local, Bits<4>>,
    no_age: Constant<Bits<3>>,
    one_age: Constant<Bits<3>>,
    complete_age: Constant<Bits<3>>,
    no_pad: Constant<Bits<2>>,
    max_payload: Constant<Bits<13>>,
    no_payload: Constant<Bits<13>>,
    rule_empty: Constant<Bits<2>>,
    seven_bytes: Constant<Bits<13>>,
    min_frame: Constant<Bits<16>>,
    eth_header: Constant<Bits<16>>,
    ipv4_header: Constant<Bits<16>>,
    icrc_bytes: Constant<Bits<16>>,
    one_byte: Constant<Bits<16>>,
    /// The IPv4 header's 16-bit words that are the same in every frame, summed.
    ipv4_constant_words: Constant<Bits<20>>,
    /// The last ICRC lane that keeps all four bytes in its beat.
    last_whole_icrc_lane: Constant<Bits<3>>,
}

impl Default for FramePlanner {
    fn default() -> Self {
        let ip_constant_words = 0x4500 + IPV4_FLAGS_DF as u64 + ((IPV4_TTL as u64) << 8 | wire::IP_PROTOCOL_UDP as u64);
        Self {
            clock: Default::default(),
            reset: Default::default(),
            descriptor: Default::default(),
            descriptor_valid: Default::default(),
            descriptor_ready: Default::default(),
            pending: Default::default(),
            entry: Default::default(),
            layout: Default::default(),
            refused: Default::default(),
            ready: Default::default(),
            take: Default::default(),
            opcodes: opcode_rom(),
            thermometer: thermometer_rom(0),
            last_thermometer: thermometer_rom(1),
            held: Default::default(),
            held_entry: Default::default(),
            held_valid: Default::default(),
            age: Default::default(),
            s1_pad: Default::default(),
            s1_ip_length: Default::default(),
            s1_payload_end: Default::default(),
            s1_address_sum: Default::default(),
            s1_input_beats: Default::default(),
            s1_bad: Default::default(),
            s2_frame_end: Default::default(),
            s2_covered_end: Default::default(),
            s2_sum: Default::default(),
            s3_fold: Default::default(),
            planned: Default::default(),
            pad_negated: Default::default(),
            frame_end: Default::default(),
            frame_last_byte: Default::default(),
            folded: Default::default(),
            tos: Default::default(),
            length: Default::default(),
            src_ip: Default::default(),
            dst_ip: Default::default(),
            lane: Default::default(),
            no_age: constant(0),
            one_age: constant(1),
            complete_age: constant(LAYOUT_CYCLES),
            no_pad: constant(0),
            max_payload: constant(MAX_PAYLOAD),
            no_payload: constant(0),
            rule_empty: constant(PayloadRule::Empty as u64),
            seven_bytes: constant(7),
            min_frame: constant(wire::MIN_FRAME as u64),
            eth_header: constant(wire::ETH_LEN as u64),
            ipv4_header: constant(wire::IPV4_LEN as u64),
            icrc_bytes: constant(wire::ICRC_LEN as u64),
            one_byte: constant(1),
            ipv4_constant_words: constant(ip_constant_words),
            last_whole_icrc_lane: constant(4),
        }
    }
}

/// `n` -> the lowest `n + offset` bits set, at most 8.
fn thermometer_rom(offset: u64) -> ROM<Bits<8>, 4> {
    ROM::new((0..16u64).map(|n| (n.to_bits(), ((1u64 << (n + offset).min(8)) - 1).to_bits())).collect())
}

impl Logic for FramePlanner {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, held, held_entry, held_valid, age, s1_pad, s1_ip_length, s1_payload_end, s1_address_sum,
            s1_input_beats, s1_bad, s2_frame_end, s2_covered_end, s2_sum, s3_fold, planned
        );
        self.descriptor_ready.next = !self.held_valid.q.val();
        self.opcodes.address.next = self.descriptor.val().opcode;
        if self.descriptor_valid.val() & !self.held_valid.q.val() {
            self.held.d.next = self.descriptor.val();
            self.held_entry.d.next = self.opcodes.data.val();
            self.held_valid.d.next = true;
            self.age.d.next = self.no_age.val();
        } else if self.age.q.val() != self.complete_age.val() {
            self.age.d.next = self.age.q.val() + self.one_age.val();
        }
        self.ready.next = self.held_valid.q.val() & (self.age.q.val() == self.complete_age.val());
        self.pending.next = self.held.q.val();
        self.entry.next = self.held_entry.q.val();
        self.layout.next = self.planned.q.val();
        self.refused.next = self.s1_bad.q.val();

        self.length.next = self.held.q.val().payload_length;
        self.src_ip.next = self.held.q.val().src_ip;
        self.dst_ip.next = self.held.q.val().dst_ip;
        self.lane.next = self.held_entry.q.val().payload_lane;
        // Every stage is recomputed every cycle from the one before (the descriptor register
        // holds still meanwhile, so `LAYOUT_CYCLES` after loading all agree).
        self.pad_negated.next = self.no_pad.val() - self.length.val().get_bits::<2>(0);
        self.s1_pad.d.next = self.pad_negated.val();
        self.s1_ip_length.d.next = bit_cast::<16, 7>(self.held_entry.q.val().overhead)
            + bit_cast::<16, 13>(self.length.val())
            + bit_cast::<16, 2>(self.pad_negated.val());
        self.s1_payload_end.d.next = ((bit_cast::<16, 4>(self.held_entry.q.val().header_end_beat) << 3)
            | bit_cast::<16, 4>(self.lane.val()))
            + bit_cast::<16, 13>(self.length.val());
        self.s1_address_sum.d.next = (bit_cast::<20, 16>(self.src_ip.val().get_bits::<16>(16))
            + bit_cast::<20, 16>(self.src_ip.val().get_bits::<16>(0)))
            + (bit_cast::<20, 16>(self.dst_ip.val().get_bits::<16>(16))
                + bit_cast::<20, 16>(self.dst_ip.val().get_bits::<16>(0)));
        self.s1_input_beats.d.next = bit_cast::<BEAT_BITS, 13>((self.length.val() + self.seven_bytes.val()) >> 3);
        self.s1_bad.d.next = !self.held_entry.q.val().supported
            | (self.length.val() > self.max_payload.val())
            | ((self.held_entry.q.val().rule == self.rule_empty.val()) & (self.length.val() != self.no_payload.val()));

        self.frame_end.next = self.s1_ip_length.q.val() + self.eth_header.val();
        if self.frame_end.val() < self.min_frame.val() {
            self.frame_end.next = self.min_frame.val();
        }
        self.s2_frame_end.d.next = self.frame_end.val();
        self.s2_covered_end.d.next = self.s1_ip_length.q.val() + self.eth_header.val() - self.icrc_bytes.val();
        self.tos.next = (bit_cast::<8, 6>(self.held.q.val().ip_dscp) << 2) | bit_cast::<8, 2>(self.held.q.val().ip_ecn);
        self.s2_sum.d.next = self.s1_address_sum.q.val()
            + bit_cast::<20, 16>(self.s1_ip_length.q.val())
            + (self.ipv4_constant_words.val() + bit_cast::<20, 8>(self.tos.val()));

        self.s3_fold.d.next = bit_cast::<17, 16>(self.s2_sum.q.val().get_bits::<16>(0))
            + bit_cast::<17, 4>(self.s2_sum.q.val().get_bits::<4>(16));
        self.frame_last_byte.next = self.s2_frame_end.q.val() - self.one_byte.val();
        self.planned.d.next.pad = self.s1_pad.q.val();
        self.planned.d.next.ip_length = self.s1_ip_length.q.val();
        self.planned.d.next.udp_length = self.s1_ip_length.q.val() - self.ipv4_header.val();
        self.planned.d.next.header_end_beat = bit_cast::<BEAT_BITS, 4>(self.held_entry.q.val().header_end_beat);
        self.planned.d.next.lane_two = !self.lane.val().get_bit(2);
        self.planned.d.next.input_beats = self.s1_input_beats.q.val();
        self.planned.d.next.payload_end_beat = bit_cast::<BEAT_BITS, 13>(self.s1_payload_end.q.val().get_bits::<13>(3));
        self.thermometer.address.next = bit_cast::<4, 3>(self.s1_payload_end.q.val().get_bits::<3>(0));
        self.planned.d.next.payload_end_keep = self.thermometer.data.val();
        self.planned.d.next.last_beat = bit_cast::<BEAT_BITS, 13>(self.frame_last_byte.val().get_bits::<13>(3));
        self.last_thermometer.address.next = bit_cast::<4, 3>(self.frame_last_byte.val().get_bits::<3>(0));
        self.planned.d.next.last_keep = self.last_thermometer.data.val();
        self.planned.d.next.crc_last_beat = bit_cast::<BEAT_BITS, 16>((self.s2_covered_end.q.val() - self.one_byte.val()) >> 3);
        self.planned.d.next.icrc_beat = bit_cast::<BEAT_BITS, 13>(self.s2_covered_end.q.val().get_bits::<13>(3));
        self.planned.d.next.icrc_shift = self.s2_covered_end.q.val().get_bits::<3>(0);
        self.planned.d.next.icrc_spill = self.s2_covered_end.q.val().get_bits::<3>(0) > self.last_whole_icrc_lane.val();
        self.folded.next = self.s3_fold.q.val().get_bits::<16>(0) + bit_cast::<16, 1>(self.s3_fold.q.val().get_bits::<1>(16));
        self.planned.d.next.checksum = !self.folded.val();

        if self.take.val() {
            self.held_valid.d.next = false;
        }
        if self.reset.val() {
            self.held_valid.d.next = false;
        }
    }
}
