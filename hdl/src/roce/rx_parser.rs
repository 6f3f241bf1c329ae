//! The RoCEv2 receive parser: one 64-bit beat per cycle in; per frame a header descriptor, the
//! payload realigned to start at byte 0, and a verdict (accepted, or the drop cause).
//!
//! The one layout accepted is untagged Ethernet, IPv4 without options, UDP 4791, BTH and the
//! opcode's extension headers, so every header field sits at a fixed beat and lane: fields are
//! captured as their beat passes and checks are made as soon as their bytes are in. The first
//! failing check names the frame (the order of [`DropCause`]); bytes the frame never carried
//! read as zero. Interface contract (docs/rx-parser.md):
//! - one descriptor per frame, as soon as its headers are complete (or the frame ended early);
//! - when the descriptor says `has_payload`, one payload packet (ending in `tlast`; `tuser` on
//!   the last beat when the frame ended before its payload did) follows on the payload stream;
//! - one verdict per frame, after its last beat. A consumer must buffer payload until the
//!   verdict: a frame with a bad ICRC (or MAC error, or checksum) may have sent payload already.
//!
//! The ICRC is checked without knowing where the frame ends: the CRC words are aligned so the
//! last one ends with the ICRC (the IPv4 length says where), and a correct frame leaves the
//! CRC residue ([`IcrcCheck`]). Everything before byte 16 that the ICRC covers is constant for
//! a frame that passes the IPv4 checks (prefix, masked TOS, version/IHL 0x45), so it is folded
//! into the initial register value.

use super::icrc_layout;
use super::opcode_table::{opcode_rom, OpcodeEntry};
use super::icrc_check::IcrcCheck;
use super::wire::{self, DropCause, PayloadRule};
use super::xor_network::XorNetwork;
use crate::counters::{CounterBank, COUNTER_INDEX_BITS};
use crate::stream::axis::AxisBeat;
use crate::stream::skid_buffer::SkidBuffer;
use rust_hdl::prelude::*;

/// Width of the parser's counters.
pub const RX_COUNTER_BITS: usize = 32;
/// Beat counter width: frames longer than 1023 beats (8 KiB) saturate it, and are too long.
const BEAT_BITS: usize = 10;

/// An input beat as the parser keeps it: bytes past the end of the frame zeroed, and how many
/// bytes the beat holds (8 except on a frame's last beat: its highest kept byte plus one).
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct RxBeat {
    pub data: Bits<64>,
    pub lanes: Bits<4>,
    pub last: Bit,
    pub mac_error: Bit,
    /// The beat holds lane 1 / lane 5 (a payload starting at lane 2 / 6 has its headers whole),
    /// worked out before the register so that completing the headers is quick to decide.
    pub holds_lane_one: Bit,
    pub holds_lane_five: Bit,
    /// Lane 2 looked up as an opcode (it is one in beat 5): the ROM sits before the register.
    pub opcode: OpcodeEntry,
}

/// The header bytes a descriptor is made of, big-endian (the first byte in the top bits);
/// reserved fields are not kept.
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct HeaderBytes {
    /// Frame bytes 0..8: destination MAC, source MAC bytes 0..2.
    pub b0: Bits<64>,
    /// Bytes 8..12: source MAC bytes 2..6.
    pub b1: Bits<32>,
    /// Byte 15: IPv4 DSCP and ECN.
    pub tos: Bits<8>,
    /// Bytes 26..32: source IP, destination IP bytes 0..2.
    pub b3: Bits<48>,
    /// Bytes 32..38: destination IP bytes 2..4, UDP ports.
    pub b4: Bits<48>,
    /// BTH bytes 0..4: opcode; SE, M, PadCnt, TVer; P_Key.
    pub bth_head: Bits<32>,
    /// BTH byte 4, bits 7:6: FECN, BECN.
    pub bth_congestion: Bits<2>,
    /// BTH bytes 5..8: DestQP.
    pub dest_qp_high: Bits<8>,
    pub dest_qp_low: Bits<16>,
    pub ack_req: Bit,
    pub psn: Bits<24>,
    /// Extension header bytes 0..2, 2..10, 10..18, 18..20.
    pub ext_a: Bits<16>,
    pub ext_b: Bits<64>,
    pub ext_c: Bits<64>,
    pub ext_d: Bits<16>,
    pub has_reth: Bit,
    pub has_aeth: Bit,
    pub has_immdt: Bit,
    pub has_ieth: Bit,
    pub has_deth: Bit,
    pub payload_length: Bits<16>,
    pub has_payload: Bit,
}

/// One flag per check, in the order checks are made (see [`DropCause`]).
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct CheckFlags {
    pub mac_error: Bit,
    pub vlan_tagged: Bit,
    pub ipv6: Bit,
    pub ether_type: Bit,
    pub ip_header: Bit,
    pub ip_options: Bit,
    pub ip_fragment: Bit,
    pub not_udp: Bit,
    /// Set when the checksum's bytes were all received; its result arrives a few cycles late.
    pub checksum_due: Bit,
    pub udp_port: Bit,
    pub bth_version: Bit,
    pub opcode: Bit,
    pub pkey: Bit,
    pub truncated: Bit,
    pub header_length: Bit,
    pub too_long: Bit,
    pub payload_length: Bit,
    pub frame_length: Bit,
}


#[derive(LogicBlock)]
pub struct RxParser {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// Partition key frames must carry (low 15 bits compared).
    pub cfg_pkey: Signal<In, Bits<16>>,
    /// Path MTU in bytes (256..4096): the exact size of First/Middle payloads, the largest of any.
    pub cfg_path_mtu: Signal<In, Bits<13>>,

    pub s_axis_tdata: Signal<In, Bits<64>>,
    pub s_axis_tkeep: Signal<In, Bits<8>>,
    pub s_axis_tlast: Signal<In, Bit>,
    pub s_axis_tuser: Signal<In, Bit>,
    pub s_axis_tvalid: Signal<In, Bit>,
    pub s_axis_tready: Signal<Out, Bit>,

    pub m_axis_payload_tdata: Signal<Out, Bits<64>>,
    pub m_axis_payload_tkeep: Signal<Out, Bits<8>>,
    pub m_axis_payload_tlast: Signal<Out, Bit>,
    pub m_axis_payload_tuser: Signal<Out, Bit>,
    pub m_axis_payload_tvalid: Signal<Out, Bit>,
    pub m_axis_payload_tready: Signal<In, Bit>,

    pub desc_valid: Signal<Out, Bit>,
    pub desc_ready: Signal<In, Bit>,
    pub desc_dst_mac: Signal<Out, Bits<48>>,
    pub desc_src_mac: Signal<Out, Bits<48>>,
    pub desc_src_ip: Signal<Out, Bits<32>>,
    pub desc_dst_ip: Signal<Out, Bits<32>>,
    pub desc_ip_dscp: Signal<Out, Bits<6>>,
    pub desc_ip_ecn: Signal<Out, Bits<2>>,
    pub desc_udp_src_port: Signal<Out, Bits<16>>,
    pub desc_udp_dst_port: Signal<Out, Bits<16>>,
    pub desc_opcode: Signal<Out, Bits<8>>,
    pub desc_solicited: Signal<Out, Bit>,
    pub desc_mig_req: Signal<Out, Bit>,
    pub desc_pad_count: Signal<Out, Bits<2>>,
    pub desc_tver: Signal<Out, Bits<4>>,
    pub desc_pkey: Signal<Out, Bits<16>>,
    pub desc_fecn: Signal<Out, Bit>,
    pub desc_becn: Signal<Out, Bit>,
    pub desc_dest_qp: Signal<Out, Bits<24>>,
    pub desc_ack_req: Signal<Out, Bit>,
    pub desc_psn: Signal<Out, Bits<24>>,
    pub desc_has_reth: Signal<Out, Bit>,
    pub desc_reth_va: Signal<Out, Bits<64>>,
    pub desc_reth_rkey: Signal<Out, Bits<32>>,
    pub desc_reth_dma_length: Signal<Out, Bits<32>>,
    pub desc_has_aeth: Signal<Out, Bit>,
    pub desc_aeth_syndrome: Signal<Out, Bits<8>>,
    pub desc_aeth_msn: Signal<Out, Bits<24>>,
    pub desc_has_immdt: Signal<Out, Bit>,
    pub desc_immdt: Signal<Out, Bits<32>>,
    pub desc_has_ieth: Signal<Out, Bit>,
    pub desc_ieth_rkey: Signal<Out, Bits<32>>,
    pub desc_has_deth: Signal<Out, Bit>,
    pub desc_deth_qkey: Signal<Out, Bits<32>>,
    pub desc_deth_src_qp: Signal<Out, Bits<24>>,
    /// Payload bytes the headers announce (0 when the headers are incomplete or inconsistent).
    pub desc_payload_length: Signal<Out, Bits<16>>,
    pub desc_has_payload: Signal<Out, Bit>,

    pub verdict_valid: Signal<Out, Bit>,
    pub verdict_ready: Signal<In, Bit>,
    /// 0: accepted; otherwise the [`DropCause`] code.
    pub verdict_cause: Signal<Out, Bits<5>>,

    /// Counter `i`: frames accepted (0) or dropped with cause code `i`.
    pub stat_index: Signal<In, Bits<COUNTER_INDEX_BITS>>,
    pub stat_value: Signal<Out, Bits<RX_COUNTER_BITS>>,

    // Blocks.
    input_slice: SkidBuffer<RxBeat>,
    payload_slice: SkidBuffer<AxisBeat>,
    keep_bytes: XorNetwork<8, 64>,
    byte_swap: XorNetwork<64, 64>,
    opcodes: ROM<OpcodeEntry, 8>,
    icrc_inits: ROM<Bits<32>, 3>,
    /// Bytes in a last beat: the highest kept lane plus one.
    keep_lanes: ROM<Bits<4>, 8>,
    icrc: IcrcCheck,
    counters: CounterBank<RX_COUNTER_BITS>,

    // Constants.
    ones: Constant<Bits<8>>,
    no_flags: Constant<CheckFlags>,
    no_header: Constant<HeaderBytes>,
    first_phase: Constant<Bits<11>>,
    beyond_phase: Constant<Bits<11>>,
    all_lanes: Constant<Bits<4>>,
    no_lanes: Constant<Bits<4>>,
    one_lane: Constant<Bits<4>>,
    lane_two: Constant<Bits<4>>,
    six_bytes: Constant<Bits<3>>,
    ip_version: Constant<Bits<4>>,
    ihl_plain: Constant<Bits<4>>,
    no_tver: Constant<Bits<4>>,
    word_bits: Constant<Bits<7>>,
    no_room: Constant<Bits<17>>,
    no_length: Constant<Bits<16>>,
    all_words: Constant<Bits<17>>,
    no_word: Constant<Bits<17>>,
    no_pad: Constant<Bits<2>>,
    no_shift: Constant<Bits<3>>,
    zero_8: Constant<Bits<8>>,
    no_small: Constant<Bits<5>>,
    eight_small: Constant<Bits<5>>,
    sixteen_small: Constant<Bits<5>>,
    sixteen_room: Constant<Bits<17>>,
    eight_bytes: Constant<Bits<16>>,
    twenty_three: Constant<Bits<16>>,
    zero_24: Constant<Bits<24>>,
    zero_32: Constant<Bits<32>>,
    zero_64: Constant<Bits<64>>,
    no_beats: Constant<Bits<BEAT_BITS>>,
    one_beat: Constant<Bits<BEAT_BITS>>,
    beat_six: Constant<Bits<BEAT_BITS>>,
    eth_header_minus_one: Constant<Bits<17>>,
    ethertype_ipv4: Constant<Bits<16>>,
    ethertype_ipv6: Constant<Bits<16>>,
    ethertype_vlan: Constant<Bits<16>>,
    ethertype_qinq: Constant<Bits<16>>,
    udp_protocol: Constant<Bits<8>>,
    rocev2_port: Constant<Bits<16>>,
    fragment_bits: Constant<Bits<16>>,
    pkey_bits: Constant<Bits<16>>,
    checksum_ok: Constant<Bits<17>>,
    ip_header_bytes: Constant<Bits<16>>,
    min_frame_last_byte: Constant<Bits<17>>,
    min_frame_beat: Constant<Bits<BEAT_BITS>>,
    min_frame_lanes: Constant<Bits<4>>,
    beat_max: Constant<Bits<BEAT_BITS>>,
    icrc_mask_beat2: Constant<Bits<64>>,
    icrc_mask_beat3: Constant<Bits<64>>,
    icrc_mask_beat5: Constant<Bits<64>>,
    icrc_beat1_image: Constant<Bits<64>>,
    rule_empty: Constant<Bits<2>>,
    rule_exactly_mtu: Constant<Bits<2>>,
    rule_one_to_mtu: Constant<Bits<2>>,
    cause_accepted: Constant<Bits<5>>,
    cause_mac_error: Constant<Bits<5>>,
    cause_vlan_tagged: Constant<Bits<5>>,
    cause_ipv6: Constant<Bits<5>>,
    cause_ether_type: Constant<Bits<5>>,
    cause_ip_header: Constant<Bits<5>>,
    cause_ip_options: Constant<Bits<5>>,
    cause_ip_fragment: Constant<Bits<5>>,
    cause_not_udp: Constant<Bits<5>>,
    cause_ip_checksum: Constant<Bits<5>>,
    cause_udp_port: Constant<Bits<5>>,
    cause_bth_version: Constant<Bits<5>>,
    cause_opcode: Constant<Bits<5>>,
    cause_pkey: Constant<Bits<5>>,
    cause_truncated: Constant<Bits<5>>,
    cause_length: Constant<Bits<5>>,
    cause_too_long: Constant<Bits<5>>,
    cause_payload_length: Constant<Bits<5>>,
    cause_icrc: Constant<Bits<5>>,

    // The beat being looked at (from the input slice) and what it means.
    /// The input beat with bytes past the end of the frame zeroed.
    data_in: Signal<Local, Bits<64>>,
    accept: Signal<Local, Bit>,
    tlast: Signal<Local, Bit>,
    data_le: Signal<Local, Bits<64>>,
    data_be: Signal<Local, Bits<64>>,
    lanes: Signal<Local, Bits<4>>,
    beat_complete: Signal<Local, Bit>,
    next_flags: Signal<Local, CheckFlags>,
    ethertype: Signal<Local, Bits<16>>,
    structural_error: Signal<Local, Bit>,
    /// The length checks (made at beat 6) failed: read a cycle after they are made.
    length_check_failed: Signal<Local, Bit>,
    /// Payload beats may be sent: the headers were fine and the lengths too.
    payload_flows: Signal<Local, Bit>,
    length_error: Signal<Local, Bit>,
    too_long_error: Signal<Local, Bit>,
    payload_length_error: Signal<Local, Bit>,
    header_complete_now: Signal<Local, Bit>,
    descriptor_event: Signal<Local, Bit>,
    payload_starts_now: Signal<Local, Bit>,
    can_take: Signal<Local, Bit>,

    header_complete_here: Signal<Local, Bit>,
    entry: Signal<Local, OpcodeEntry>,
    end_minus_one: Signal<Local, Bits<17>>,

    // Configuration, registered where it is used.
    pkey: DFF<Bits<16>>,
    path_mtu: DFF<Bits<13>>,

    // Frame state.
    beat: DFF<Bits<BEAT_BITS>>,
    /// One-hot beat index for the header beats 0..9; bit 10: any later beat.
    phase: DFF<Bits<11>>,
    bth_seen: DFF<Bit>,
    /// This beat (the next one, while a beat is taken) is the one where the headers end.
    header_end_next: DFF<Bit>,
    checksum_first: DFF<Bit>,
    header: DFF<HeaderBytes>,
    flags: DFF<CheckFlags>,
    header_done: DFF<Bit>,
    ip_length: DFF<Bits<16>>,
    udp_length_ok: DFF<Bit>,
    /// IPv4 length minus everything that is not payload, as a 17-bit two's complement number.
    payload_room: DFF<Bits<17>>,
    rule: DFF<Bits<2>>,
    pad_count: DFF<Bits<2>>,
    /// The beat holding the last header byte, which is also the payload's first beat.
    header_end_beat: DFF<Bits<BEAT_BITS>>,
    /// The lane of the payload's first byte (2 or 6).
    payload_lane: DFF<Bits<4>>,
    payload_at_lane_two: DFF<Bit>,
    /// Frame end (beat, lanes) the IPv4 length announces.
    end_beat: DFF<Bits<BEAT_BITS>>,
    end_lanes: DFF<Bits<4>>,
    end_below_minimum: DFF<Bit>,
    previous: DFF<Bits<64>>,

    // IPv4 header checksum: per-beat sums, their total, the late verdict.
    checksum_pair_a: DFF<Bits<17>>,
    checksum_pair_b: DFF<Bits<17>>,
    checksum_word_a: Signal<Local, Bits<17>>,
    checksum_word_b: Signal<Local, Bits<17>>,
    checksum_word_c: Signal<Local, Bits<17>>,
    checksum_word_d: Signal<Local, Bits<17>>,
    checksum_beat_valid: DFF<Bit>,
    checksum_total_a: DFF<Bits<19>>,
    checksum_total_b: DFF<Bits<19>>,
    checksum_combine: DFF<Bit>,
    checksum_total: DFF<Bits<20>>,
    checksum_last: DFF<Bit>,
    checksum_check: DFF<Bit>,
    checksum_bad: DFF<Bit>,

    // ICRC word alignment.
    icrc_shift: DFF<Bits<3>>,
    crc_previous: DFF<Bits<64>>,
    crc_current: DFF<Bits<64>>,
    crc_word_valid: DFF<Bit>,
    crc_word_first: DFF<Bit>,
    crc_word_last: DFF<Bit>,
    icrc_shift_bits: Signal<Local, Bits<7>>,

    // Payload realignment.
    payload_open: DFF<Bit>,
    payload_ok: DFF<Bit>,
    /// A last beat must wait: a verdict or a payload drain is under way, or the counters are
    /// still being cleared.
    last_beat_busy: DFF<Bit>,
    /// A beat that completes this frame's headers must wait: the descriptor register is loading
    /// or not yet taken (and, folded in here, the headers are not complete yet).
    descriptor_busy: DFF<Bit>,
    payload_remaining: DFF<Bits<16>>,
    payload_word: Signal<Local, Bits<64>>,
    tail_word: Signal<Local, Bits<64>>,
    available: Signal<Local, Bits<4>>,
    /// What the next middle beat carries: its `tkeep`, and whether it ends the payload. Worked
    /// out a beat ahead, from the payload's length or what remained before this beat, by
    /// lookups on the low bits (no arithmetic: these feed the payload register's input).
    middle_keep: DFF<Bits<8>>,
    middle_last: DFF<Bit>,
    /// `n` -> `min(n, 8)` ones / `min(n - 8, 8)` ones (0 when n < 8).
    keep_of_room: ROM<Bits<8>, 5>,
    keep_after_beat: ROM<Bits<8>, 5>,
    tail_lanes: Signal<Local, Bits<4>>,
    /// `payload_remaining`, saturated at 16.
    remaining_small: DFF<Bits<5>>,
    /// The last beat's leftovers: its realigned word, the bytes after the realignment point.
    /// The cycle after a last beat, before anything of it is sent.
    drain_prepare: DFF<Bit>,
    drain_word_pending: DFF<Bit>,
    drain_tail_pending: DFF<Bit>,
    drain_word: DFF<Bits<64>>,
    drain_tail: DFF<Bits<64>>,
    /// Bytes of the last beat's realigned word that belong to the payload.
    drain_taken: DFF<Bits<4>>,
    drain_tail_lanes: DFF<Bits<4>>,
    last_taken: Signal<Local, Bits<4>>,
    drain_left: Signal<Local, Bits<5>>,
    /// The realigned word's `tlast` and `tuser`, the tail's `tkeep` and `tuser`.
    drain_word_last: DFF<Bit>,
    drain_word_short: DFF<Bit>,
    drain_tail_keep: DFF<Bits<8>>,
    drain_tail_short: DFF<Bit>,
    /// `n` -> the lowest `min(n, 8)` bits set.
    thermometer: ROM<Bits<8>, 5>,
    room_small: Signal<Local, Bits<5>>,
    remaining_after_beat: Signal<Local, Bits<16>>,
    remaining_small_after_beat: Signal<Local, Bits<5>>,

    // Descriptor output.
    descriptor_load: DFF<Bit>,
    descriptor: DFF<HeaderBytes>,
    descriptor_valid: DFF<Bit>,
    staged_payload_length: DFF<Bits<16>>,
    staged_has_payload: DFF<Bit>,
    ext_word: Signal<Local, Bits<32>>,
    // The descriptor register's fields (rust-hdl slices one struct level at a time).
    d_b0: Signal<Local, Bits<64>>,
    d_b1: Signal<Local, Bits<32>>,
    d_tos: Signal<Local, Bits<8>>,
    d_b3: Signal<Local, Bits<48>>,
    d_b4: Signal<Local, Bits<48>>,
    d_bth_head: Signal<Local, Bits<32>>,
    d_bth_congestion: Signal<Local, Bits<2>>,
    d_ext_a: Signal<Local, Bits<16>>,
    d_ext_b: Signal<Local, Bits<64>>,
    d_ext_c: Signal<Local, Bits<64>>,
    d_ext_d: Signal<Local, Bits<16>>,

    // Verdict pipeline: the frame's flags at its last beat, until the ICRC result is in.
    end_flags: [DFF<CheckFlags>; 5],
    end_valid: [DFF<Bit>; 5],
    verdict: DFF<Bits<5>>,
    verdict_pending: DFF<Bit>,
    verdict_counted: DFF<Bit>,
    cause: Signal<Local, Bits<5>>,
    final_flags: Signal<Local, CheckFlags>,
}

impl Default for RxParser {
    fn default() -> Self {
        let c5 = |cause: DropCause| Constant::new((cause.code() as u64).to_bits());
        let min_end = wire::MIN_FRAME as u64;
        Self {
            clock: Default::default(),
            reset: Default::default(),
            cfg_pkey: Default::default(),
            cfg_path_mtu: Default::default(),
            s_axis_tdata: Default::default(),
            s_axis_tkeep: Default::default(),
            s_axis_tlast: Default::default(),
            s_axis_tuser: Default::default(),
            s_axis_tvalid: Default::default(),
            s_axis_tready: Default::default(),
            m_axis_payload_tdata: Default::default(),
            m_axis_payload_tkeep: Default::default(),
            m_axis_payload_tlast: Default::default(),
            m_axis_payload_tuser: Default::default(),
            m_axis_payload_tvalid: Default::default(),
            m_axis_payload_tready: Default::default(),
            desc_valid: Default::default(),
            desc_ready: Default::default(),
            desc_dst_mac: Default::default(),
            desc_src_mac: Default::default(),
            desc_src_ip: Default::default(),
            desc_dst_ip: Default::default(),
            desc_ip_dscp: Default::default(),
            desc_ip_ecn: Default::default(),
            desc_udp_src_port: Default::default(),
            desc_udp_dst_port: Default::default(),
            desc_opcode: Default::default(),
            desc_solicited: Default::default(),
            desc_mig_req: Default::default(),
            desc_pad_count: Default::default(),
            desc_tver: Default::default(),
            desc_pkey: Default::default(),
            desc_fecn: Default::default(),
            desc_becn: Default::default(),
            desc_dest_qp: Default::default(),
            desc_ack_req: Default::default(),
            desc_psn: Default::default(),
            desc_has_reth: Default::default(),
            desc_reth_va: Default::default(),
            desc_reth_rkey: Default::default(),
            desc_reth_dma_length: Default::default(),
            desc_has_aeth: Default::default(),
            desc_aeth_syndrome: Default::default(),
            desc_aeth_msn: Default::default(),
            desc_has_immdt: Default::default(),
            desc_immdt: Default::default(),
            desc_has_ieth: Default::default(),
            desc_ieth_rkey: Default::default(),
            desc_has_deth: Default::default(),
            desc_deth_qkey: Default::default(),
            desc_deth_src_qp: Default::default(),
            desc_payload_length: Default::default(),
            desc_has_payload: Default::default(),
            verdict_valid: Default::default(),
            verdict_ready: Default::default(),
            verdict_cause: Default::default(),
            stat_index: Default::default(),
            stat_value: Default::default(),
            input_slice: Default::default(),
            payload_slice: Default::default(),
            keep_bytes: XorNetwork::new((0..64).map(|bit| vec![bit / 8]).collect()),
            byte_swap: XorNetwork::byte_permutation([7, 6, 5, 4, 3, 2, 1, 0]),
            opcodes: opcode_rom(),
            icrc_inits: icrc_layout::initial_register_rom(),
            keep_lanes: ROM::new((0..256u64).map(|keep| (keep.to_bits(), ((64 - keep.leading_zeros()) as u64).to_bits())).collect()),
            icrc: Default::default(),
            counters: Default::default(),
            ones: Constant::new(0xFF_u64.to_bits()),
            no_flags: Constant::new(CheckFlags::default()),
            no_header: Constant::new(HeaderBytes::default()),
            first_phase: Constant::new(1_u64.to_bits()),
            beyond_phase: Constant::new((1_u64 << 10).to_bits()),
            all_lanes: Constant::new(8_u64.to_bits()),
            no_lanes: Constant::new(0_u64.to_bits()),
            one_lane: Constant::new(1_u64.to_bits()),
            lane_two: Constant::new(2_u64.to_bits()),
            six_bytes: Constant::new(6_u64.to_bits()),
            ip_version: Constant::new(4_u64.to_bits()),
            ihl_plain: Constant::new(5_u64.to_bits()),
            no_tver: Constant::new(0_u64.to_bits()),
            word_bits: Constant::new(64_u64.to_bits()),
            no_room: Constant::new(0_u64.to_bits()),
            no_length: Constant::new(0_u64.to_bits()),
            all_words: Constant::new(0xFFFF_u64.to_bits()),
            no_word: Constant::new(0_u64.to_bits()),
            no_pad: Constant::new(0_u64.to_bits()),
            no_shift: Constant::new(0_u64.to_bits()),
            zero_8: Constant::new(0_u64.to_bits()),
            no_small: Constant::new(0_u64.to_bits()),
            eight_small: Constant::new(8_u64.to_bits()),
            sixteen_small: Constant::new(16_u64.to_bits()),
            sixteen_room: Constant::new(16_u64.to_bits()),
            eight_bytes: Constant::new(8_u64.to_bits()),
            twenty_three: Constant::new(23_u64.to_bits()),
            zero_24: Constant::new(0_u64.to_bits()),
            zero_32: Constant::new(0_u64.to_bits()),
            zero_64: Constant::new(0_u64.to_bits()),
            no_beats: Constant::new(0_u64.to_bits()),
            one_beat: Constant::new(1_u64.to_bits()),
            beat_six: Constant::new(6_u64.to_bits()),
            eth_header_minus_one: Constant::new(((wire::ETH_LEN - 1) as u64).to_bits()),
            ethertype_ipv4: Constant::new((wire::ETHERTYPE_IPV4 as u64).to_bits()),
            ethertype_ipv6: Constant::new((wire::ETHERTYPE_IPV6 as u64).to_bits()),
            ethertype_vlan: Constant::new((wire::ETHERTYPE_VLAN as u64).to_bits()),
            ethertype_qinq: Constant::new((wire::ETHERTYPE_QINQ as u64).to_bits()),
            udp_protocol: Constant::new((wire::IP_PROTOCOL_UDP as u64).to_bits()),
            rocev2_port: Constant::new((wire::ROCEV2_UDP_PORT as u64).to_bits()),
            fragment_bits: Constant::new(0x3FFF_u64.to_bits()),
            pkey_bits: Constant::new(0x7FFF_u64.to_bits()),
            checksum_ok: Constant::new(0xFFFF_u64.to_bits()),
            ip_header_bytes: Constant::new((wire::IPV4_LEN as u64).to_bits()),
            min_frame_last_byte: Constant::new((min_end - 1).to_bits()),
            min_frame_beat: Constant::new(((min_end - 1) / 8).to_bits()),
            min_frame_lanes: Constant::new(((min_end - 1) % 8 + 1).to_bits()),
            beat_max: Constant::new(((1u64 << BEAT_BITS) - 1).to_bits()),
            icrc_mask_beat2: Constant::new(icrc_layout::MASK_BEAT2.to_bits()),
            icrc_mask_beat3: Constant::new(icrc_layout::MASK_BEAT3.to_bits()),
            icrc_mask_beat5: Constant::new(icrc_layout::MASK_BEAT5.to_bits()),
            icrc_beat1_image: Constant::new(icrc_layout::BEAT1_IMAGE.to_bits()),
            rule_empty: Constant::new((PayloadRule::Empty as u64).to_bits()),
            rule_exactly_mtu: Constant::new((PayloadRule::ExactlyMtu as u64).to_bits()),
            rule_one_to_mtu: Constant::new((PayloadRule::OneToMtu as u64).to_bits()),
            cause_accepted: Constant::new((wire::VERDICT_ACCEPTED as u64).to_bits()),
            cause_mac_error: c5(DropCause::MacError),
            cause_vlan_tagged: c5(DropCause::VlanTagged),
            cause_ipv6: c5(DropCause::Ipv6),
            cause_ether_type: c5(DropCause::EtherType),
            cause_ip_header: c5(DropCause::IpHeader),
            cause_ip_options: c5(DropCause::IpOptions),
            cause_ip_fragment: c5(DropCause::IpFragment),
            cause_not_udp: c5(DropCause::NotUdp),
            cause_ip_checksum: c5(DropCause::IpChecksum),
            cause_udp_port: c5(DropCause::UdpPort),
            cause_bth_version: c5(DropCause::BthVersion),
            cause_opcode: c5(DropCause::Opcode),
            cause_pkey: c5(DropCause::Pkey),
            cause_truncated: c5(DropCause::Truncated),
            cause_length: c5(DropCause::Length),
            cause_too_long: c5(DropCause::TooLong),
            cause_payload_length: c5(DropCause::PayloadLength),
            cause_icrc: c5(DropCause::Icrc),
            data_in: Default::default(),
            accept: Default::default(),
            tlast: Default::default(),
            data_le: Default::default(),
            data_be: Default::default(),
            lanes: Default::default(),
            beat_complete: Default::default(),
            next_flags: Default::default(),
            ethertype: Default::default(),
            structural_error: Default::default(),
            length_check_failed: Default::default(),
            payload_flows: Default::default(),
            length_error: Default::default(),
            too_long_error: Default::default(),
            payload_length_error: Default::default(),
            header_complete_now: Default::default(),
            descriptor_event: Default::default(),
            payload_starts_now: Default::default(),
            can_take: Default::default(),
            header_complete_here: Default::default(),
            entry: Default::default(),
            end_minus_one: Default::default(),
            pkey: Default::default(),
            path_mtu: Default::default(),
            beat: Default::default(),
            phase: Default::default(),
            bth_seen: Default::default(),
            header_end_next: Default::default(),
            checksum_first: Default::default(),
            header: Default::default(),
            flags: Default::default(),
            header_done: Default::default(),
            ip_length: Default::default(),
            udp_length_ok: Default::default(),
            payload_room: Default::default(),
            rule: Default::default(),
            pad_count: Default::default(),
            header_end_beat: Default::default(),
            payload_lane: Default::default(),
            payload_at_lane_two: Default::default(),
            end_beat: Default::default(),
            end_lanes: Default::default(),
            end_below_minimum: Default::default(),
            previous: Default::default(),
            checksum_pair_a: Default::default(),
            checksum_pair_b: Default::default(),
            checksum_word_a: Default::default(),
            checksum_word_b: Default::default(),
            checksum_word_c: Default::default(),
            checksum_word_d: Default::default(),
            checksum_total_a: Default::default(),
            checksum_total_b: Default::default(),
            checksum_combine: Default::default(),
            checksum_beat_valid: Default::default(),
            checksum_total: Default::default(),
            checksum_last: Default::default(),
            checksum_check: Default::default(),
            checksum_bad: Default::default(),
            icrc_shift: Default::default(),
            crc_previous: Default::default(),
            crc_current: Default::default(),
            crc_word_valid: Default::default(),
            crc_word_first: Default::default(),
            crc_word_last: Default::default(),
            icrc_shift_bits: Default::default(),
            payload_open: Default::default(),
            payload_ok: Default::default(),
            last_beat_busy: Default::default(),
            descriptor_busy: Default::default(),
            payload_remaining: Default::default(),
            payload_word: Default::default(),
            tail_word: Default::default(),
            available: Default::default(),
            middle_keep: Default::default(),
            middle_last: Default::default(),
            keep_of_room: ROM::new((0..32u64).map(|n| (n.to_bits(), ((1u64 << n.min(8)) - 1).to_bits())).collect()),
            keep_after_beat: ROM::new(
                (0..32u64).map(|n| (n.to_bits(), ((1u64 << n.saturating_sub(8).min(8)) - 1).to_bits())).collect(),
            ),
            tail_lanes: Default::default(),
            remaining_small: Default::default(),
            drain_prepare: Default::default(),
            drain_word_pending: Default::default(),
            drain_tail_pending: Default::default(),
            drain_word: Default::default(),
            drain_tail: Default::default(),
            drain_tail_lanes: Default::default(),
            drain_taken: Default::default(),
            last_taken: Default::default(),
            drain_left: Default::default(),
            drain_word_last: Default::default(),
            drain_word_short: Default::default(),
            drain_tail_keep: Default::default(),
            drain_tail_short: Default::default(),
            thermometer: ROM::new((0..32u64).map(|n| (n.to_bits(), ((1u64 << n.min(8)) - 1).to_bits())).collect()),
            room_small: Default::default(),
            remaining_after_beat: Default::default(),
            remaining_small_after_beat: Default::default(),
            descriptor_load: Default::default(),
            descriptor: Default::default(),
            descriptor_valid: Default::default(),
            staged_payload_length: Default::default(),
            staged_has_payload: Default::default(),
            ext_word: Default::default(),
            d_b0: Default::default(),
            d_b1: Default::default(),
            d_tos: Default::default(),
            d_b3: Default::default(),
            d_b4: Default::default(),
            d_bth_head: Default::default(),
            d_bth_congestion: Default::default(),
            d_ext_a: Default::default(),
            d_ext_b: Default::default(),
            d_ext_c: Default::default(),
            d_ext_d: Default::default(),
            end_flags: Default::default(),
            end_valid: Default::default(),
            verdict: Default::default(),
            verdict_pending: Default::default(),
            verdict_counted: Default::default(),
            cause: Default::default(),
            final_flags: Default::default(),
        }
    }
}

impl Logic for RxParser {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, pkey, path_mtu, beat, phase, bth_seen, header_end_next, header, flags, header_done, ip_length, udp_length_ok, payload_room, rule,
            pad_count, header_end_beat, payload_lane, payload_at_lane_two, end_beat, end_lanes, end_below_minimum, previous, checksum_first,
            checksum_pair_a, checksum_pair_b, checksum_beat_valid, checksum_total_a, checksum_total_b,
            checksum_combine, checksum_total, checksum_last, checksum_check, checksum_bad, icrc_shift, crc_previous,
            crc_current, crc_word_valid, crc_word_first, crc_word_last,
            payload_open, payload_ok, last_beat_busy, descriptor_busy, payload_remaining, remaining_small, middle_keep, middle_last, drain_prepare, drain_word_pending, drain_tail_pending, drain_word_last, drain_word_short, drain_tail_keep, drain_tail_short,
            drain_word, drain_tail, drain_taken, drain_tail_lanes, descriptor_load, descriptor,
            descriptor_valid, staged_payload_length, staged_has_payload, verdict, verdict_pending, verdict_counted
        );
        for i in 0..5 {
            self.end_flags[i].clock.next = self.clock.val();
            self.end_valid[i].clock.next = self.clock.val();
        }
        self.input_slice.clock.next = self.clock.val();
        self.input_slice.reset.next = self.reset.val();
        self.payload_slice.clock.next = self.clock.val();
        self.payload_slice.reset.next = self.reset.val();
        self.icrc.clock.next = self.clock.val();
        self.icrc.reset.next = self.reset.val();
        self.counters.clock.next = self.clock.val();
        self.counters.reset.next = self.reset.val();

        self.pkey.d.next = self.cfg_pkey.val();
        self.path_mtu.d.next = self.cfg_path_mtu.val();

        // The input, through a register slice (with its byte count worked out on the way in).
        self.keep_bytes.data_in.next = self.s_axis_tkeep.val();
        self.keep_lanes.address.next = self.s_axis_tkeep.val();
        self.data_in.next = self.s_axis_tdata.val();
        self.input_slice.in_data.next.lanes = self.all_lanes.val();
        self.input_slice.in_data.next.holds_lane_one = true;
        self.input_slice.in_data.next.holds_lane_five = true;
        if self.s_axis_tlast.val() {
            self.data_in.next = self.s_axis_tdata.val() & self.keep_bytes.data_out.val();
            self.input_slice.in_data.next.lanes = self.keep_lanes.data.val();
            self.input_slice.in_data.next.holds_lane_one = self.s_axis_tkeep.val().get_bits::<7>(1).any();
            self.input_slice.in_data.next.holds_lane_five = self.s_axis_tkeep.val().get_bits::<3>(5).any();
        }
        self.input_slice.in_data.next.data = self.data_in.val();
        self.input_slice.in_data.next.last = self.s_axis_tlast.val();
        self.input_slice.in_data.next.mac_error = self.s_axis_tuser.val();
        self.opcodes.address.next = self.data_in.val().get_bits::<8>(16);
        self.input_slice.in_data.next.opcode = self.opcodes.data.val();
        self.input_slice.in_valid.next = self.s_axis_tvalid.val();
        self.s_axis_tready.next = self.input_slice.in_ready.val();

        // The beat under consideration.
        self.tlast.next = self.input_slice.out_data.val().last;
        self.data_le.next = self.input_slice.out_data.val().data;
        self.lanes.next = self.input_slice.out_data.val().lanes;
        self.byte_swap.data_in.next = self.data_le.val();
        self.data_be.next = self.byte_swap.data_out.val();
        self.beat_complete.next = self.lanes.val() == self.all_lanes.val();
        self.ethertype.next = self.data_be.val().get_bits::<16>(16);
        self.entry.next = self.input_slice.out_data.val().opcode;

        // Checks, as their bytes arrive (a check whose bytes are missing is not made).
        self.next_flags.next = self.flags.q.val();
        if self.phase.q.val().get_bit(0) {
            self.next_flags.next = self.no_flags.val();
        }
        if self.input_slice.out_data.val().mac_error {
            self.next_flags.next.mac_error = true;
        }
        if self.phase.q.val().get_bit(1) & self.beat_complete.val() {
            if (self.ethertype.val() == self.ethertype_vlan.val()) | (self.ethertype.val() == self.ethertype_qinq.val()) {
                self.next_flags.next.vlan_tagged = true;
            } else if self.ethertype.val() == self.ethertype_ipv6.val() {
                self.next_flags.next.ipv6 = true;
            } else if self.ethertype.val() != self.ethertype_ipv4.val() {
                self.next_flags.next.ether_type = true;
            }
            if (self.data_be.val().get_bits::<4>(12) != self.ip_version.val())
                | (self.data_be.val().get_bits::<4>(8) < self.ihl_plain.val())
            {
                self.next_flags.next.ip_header = true;
            } else if self.data_be.val().get_bits::<4>(8) > self.ihl_plain.val() {
                self.next_flags.next.ip_options = true;
            }
        }
        if self.phase.q.val().get_bit(2) & self.beat_complete.val() {
            if (self.data_be.val().get_bits::<16>(16) & self.fragment_bits.val()) != self.no_length.val() {
                self.next_flags.next.ip_fragment = true;
            }
            if self.data_be.val().get_bits::<8>(0) != self.udp_protocol.val() {
                self.next_flags.next.not_udp = true;
            }
        }
        if self.phase.q.val().get_bit(4) & self.beat_complete.val() {
            self.next_flags.next.checksum_due = true;
            if self.data_be.val().get_bits::<16>(16) != self.rocev2_port.val() {
                self.next_flags.next.udp_port = true;
            }
        }
        if self.phase.q.val().get_bit(5) & self.beat_complete.val() {
            if self.data_be.val().get_bits::<4>(32) != self.no_tver.val() {
                self.next_flags.next.bth_version = true;
            }
            if !self.entry.val().supported {
                self.next_flags.next.opcode = true;
            }
            if (self.data_be.val().get_bits::<16>(16) & self.pkey_bits.val())
                != (self.pkey.q.val() & self.pkey_bits.val())
            {
                self.next_flags.next.pkey = true;
            }
        }
        // Lengths, once the BTH is in (they only matter when the headers complete).
        self.length_error.next = !self.udp_length_ok.q.val() | self.payload_room.q.val().get_bit(16);
        self.too_long_error.next = self.payload_room.q.val() > bit_cast::<17, 13>(self.path_mtu.q.val());
        self.payload_length_error.next =
            (self.payload_room.q.val().get_bits::<2>(0) + self.pad_count.q.val()) != self.no_pad.val();
        if (self.rule.q.val() == self.rule_empty.val()) & (self.payload_room.q.val() != self.no_room.val()) {
            self.payload_length_error.next = true;
        }
        if (self.rule.q.val() == self.rule_exactly_mtu.val())
            & (self.payload_room.q.val() != bit_cast::<17, 13>(self.path_mtu.q.val()))
        {
            self.payload_length_error.next = true;
        }
        if (self.rule.q.val() == self.rule_one_to_mtu.val()) & (self.payload_room.q.val() == self.no_room.val()) {
            self.payload_length_error.next = true;
        }
        if self.phase.q.val().get_bit(6) {
            self.next_flags.next.header_length = self.length_error.val();
            self.next_flags.next.too_long = self.too_long_error.val();
            self.next_flags.next.payload_length = self.payload_length_error.val();
        }
        // Errors that keep a frame's payload off the stream, known when its headers end (beat 6
        // or later: the earlier beats' checks are in the flags register by then). The length
        // checks of beat 6 reach the register a cycle later: `payload_flows` and the tail's
        // arming cycle look at them there, so they stay off this path.
        self.structural_error.next = self.flags.q.val().vlan_tagged
            | self.flags.q.val().ipv6
            | self.flags.q.val().ether_type
            | self.flags.q.val().ip_header
            | self.flags.q.val().ip_options
            | self.flags.q.val().ip_fragment
            | self.flags.q.val().not_udp
            | self.flags.q.val().udp_port
            | self.flags.q.val().bth_version
            | self.flags.q.val().opcode
            | self.flags.q.val().pkey
            | self.flags.q.val().header_length
            | self.flags.q.val().too_long
            | self.flags.q.val().payload_length;
        self.length_check_failed.next =
            self.flags.q.val().header_length | self.flags.q.val().too_long | self.flags.q.val().payload_length;
        self.payload_flows.next = self.payload_ok.q.val() & !self.length_check_failed.val();

        // The headers are complete at the beat holding their last byte.
        // (`header_end_next` is never set once they are: it clears with the beat that completes them.)
        self.header_complete_here.next = self.header_end_next.q.val() & self.input_slice.out_data.val().holds_lane_five;
        if self.payload_at_lane_two.q.val() {
            self.header_complete_here.next = self.header_end_next.q.val() & self.input_slice.out_data.val().holds_lane_one;
        }

        // Take a beat when every output it may feed has room: the payload slice; the descriptor
        // register (the beat where headers end, or a frame ending before they do); the payload
        // drain and the verdict pipeline (a last beat). Only registers decide, so it is quick.
        self.can_take.next = self.payload_slice.in_ready.val();
        if (self.header_end_next.q.val() | self.tlast.val()) & self.descriptor_busy.q.val() {
            self.can_take.next = false;
        }
        if self.tlast.val() & self.last_beat_busy.q.val() {
            self.can_take.next = false;
        }
        self.input_slice.out_ready.next = self.can_take.val();
        self.accept.next = self.input_slice.out_valid.val() & self.can_take.val();
        self.header_complete_now.next = self.accept.val() & self.header_complete_here.val();
        self.payload_starts_now.next = self.header_complete_now.val()
            & !self.structural_error.val()
            & (self.payload_room.q.val() != self.no_room.val());
        self.descriptor_event.next =
            self.header_complete_now.val() | (self.accept.val() & self.tlast.val() & !self.header_done.q.val());

        self.end_minus_one.next = bit_cast::<17, 16>(self.ip_length.q.val()) + self.eth_header_minus_one.val();
        // Header fields and checks, as their beats pass. Loading them again while a beat waits
        // to be taken changes nothing, so these wide enables need not wait for `accept`.
        if self.input_slice.out_valid.val() {
            self.flags.d.next = self.next_flags.val();
            if self.phase.q.val().get_bit(0) {
                self.header.d.next = self.no_header.val();
                self.header.d.next.b0 = self.data_be.val();
            }
            if self.phase.q.val().get_bit(1) {
                self.header.d.next.b1 = self.data_be.val().get_bits::<32>(32);
                self.header.d.next.tos = self.data_be.val().get_bits::<8>(0);
            }
            if self.phase.q.val().get_bit(2) {
                self.ip_length.d.next = self.data_be.val().get_bits::<16>(48);
            }
            if self.phase.q.val().get_bit(3) {
                self.header.d.next.b3 = self.data_be.val().get_bits::<48>(0);
                self.end_beat.d.next = bit_cast::<BEAT_BITS, 14>(self.end_minus_one.val().get_bits::<14>(3));
                self.end_lanes.d.next =
                    bit_cast::<4, 3>(self.end_minus_one.val().get_bits::<3>(0)) + self.one_lane.val();
                self.end_below_minimum.d.next = self.end_minus_one.val() < self.min_frame_last_byte.val();
            }
            if self.phase.q.val().get_bit(4) {
                self.header.d.next.b4 = self.data_be.val().get_bits::<48>(16);
                self.udp_length_ok.d.next =
                    self.data_be.val().get_bits::<16>(0) == (self.ip_length.q.val() - self.ip_header_bytes.val());
            }
            if self.phase.q.val().get_bit(5) {
                self.bth_seen.d.next = true;
                self.header.d.next.bth_head = self.data_be.val().get_bits::<32>(16);
                self.header.d.next.bth_congestion = self.data_be.val().get_bits::<2>(14);
                self.header.d.next.dest_qp_high = self.data_be.val().get_bits::<8>(0);
                self.header.d.next.has_reth = self.entry.val().reth;
                self.header.d.next.has_aeth = self.entry.val().aeth;
                self.header.d.next.has_immdt = self.entry.val().immdt;
                self.header.d.next.has_ieth = self.entry.val().ieth;
                self.header.d.next.has_deth = self.entry.val().deth;
                self.rule.d.next = self.entry.val().rule;
                self.pad_count.d.next = self.data_be.val().get_bits::<2>(36);
                self.payload_room.d.next = bit_cast::<17, 16>(self.ip_length.q.val())
                    - bit_cast::<17, 7>(self.entry.val().overhead)
                    - bit_cast::<17, 2>(self.data_be.val().get_bits::<2>(36));
                self.header_end_beat.d.next = bit_cast::<BEAT_BITS, 4>(self.entry.val().header_end_beat);
                self.payload_lane.d.next = self.entry.val().payload_lane;
                self.payload_at_lane_two.d.next = self.entry.val().payload_lane == self.lane_two.val();
            }
            if self.phase.q.val().get_bit(6) {
                self.header.d.next.dest_qp_low = self.data_be.val().get_bits::<16>(48);
                self.header.d.next.ack_req = self.data_be.val().get_bit(47);
                self.header.d.next.psn = self.data_be.val().get_bits::<24>(16);
                self.header.d.next.ext_a = self.data_be.val().get_bits::<16>(0);
            }
            if self.phase.q.val().get_bit(7) {
                self.header.d.next.ext_b = self.data_be.val();
            }
            if self.phase.q.val().get_bit(8) {
                self.header.d.next.ext_c = self.data_be.val();
            }
            if self.phase.q.val().get_bit(9) {
                self.header.d.next.ext_d = self.data_be.val().get_bits::<16>(48);
            }
        }
        if self.accept.val() {
            self.previous.d.next = self.data_le.val();
            self.phase.d.next = (self.phase.q.val() << 1) | (self.phase.q.val() & self.beyond_phase.val());
            if self.beat.q.val() != self.beat_max.val() {
                self.beat.d.next = self.beat.q.val() + self.one_beat.val();
            }
            self.header_end_next.d.next = self.bth_seen.q.val()
                & (self.beat.q.val() != self.beat_max.val())
                & ((self.beat.q.val() + self.one_beat.val()) == self.header_end_beat.q.val());
            if self.phase.q.val().get_bit(5) {
                self.header_end_next.d.next = bit_cast::<BEAT_BITS, 4>(self.entry.val().header_end_beat) == self.beat_six.val();
            }
            if self.header_complete_now.val() {
                self.header_done.d.next = true;
            }
            if self.tlast.val() {
                self.beat.d.next = self.no_beats.val();
                self.phase.d.next = self.first_phase.val();
                self.bth_seen.d.next = false;
                self.header_done.d.next = false;
                self.header_end_next.d.next = false;
            }
        }

        // IPv4 header checksum (bytes 14..34, words of beats 1 to 4): each beat's four words are
        // added in two pairs, the pairs totalled in two running sums, the sums combined, and the
        // result checked: one adder deep per cycle, done four cycles after beat 4.
        self.checksum_word_a.next = self.all_words.val();
        self.checksum_word_b.next = self.all_words.val();
        self.checksum_word_c.next = self.all_words.val();
        self.checksum_word_d.next = self.all_words.val();
        if self.phase.q.val().get_bit(1) {
            // Only bytes 14, 15 (version/IHL, TOS) are IPv4 header.
            self.checksum_word_a.next = self.no_word.val();
            self.checksum_word_b.next = self.no_word.val();
            self.checksum_word_c.next = self.no_word.val();
        }
        if self.phase.q.val().get_bit(4) {
            // Only bytes 32, 33 (the end of the destination address).
            self.checksum_word_b.next = self.no_word.val();
            self.checksum_word_c.next = self.no_word.val();
            self.checksum_word_d.next = self.no_word.val();
        }
        self.checksum_pair_a.d.next = (bit_cast::<17, 16>(self.data_be.val().get_bits::<16>(48)) & self.checksum_word_a.val())
            + (bit_cast::<17, 16>(self.data_be.val().get_bits::<16>(32)) & self.checksum_word_b.val());
        self.checksum_pair_b.d.next = (bit_cast::<17, 16>(self.data_be.val().get_bits::<16>(16)) & self.checksum_word_c.val())
            + (bit_cast::<17, 16>(self.data_be.val().get_bits::<16>(0)) & self.checksum_word_d.val());
        self.checksum_beat_valid.d.next = self.accept.val()
            & (self.phase.q.val().get_bit(1)
                | self.phase.q.val().get_bit(2)
                | self.phase.q.val().get_bit(3)
                | self.phase.q.val().get_bit(4));
        self.checksum_first.d.next = self.phase.q.val().get_bit(1);
        self.checksum_last.d.next = self.phase.q.val().get_bit(4);
        if self.checksum_beat_valid.q.val() {
            if self.checksum_first.q.val() {
                self.checksum_total_a.d.next = bit_cast::<19, 17>(self.checksum_pair_a.q.val());
                self.checksum_total_b.d.next = bit_cast::<19, 17>(self.checksum_pair_b.q.val());
            } else {
                self.checksum_total_a.d.next =
                    self.checksum_total_a.q.val() + bit_cast::<19, 17>(self.checksum_pair_a.q.val());
                self.checksum_total_b.d.next =
                    self.checksum_total_b.q.val() + bit_cast::<19, 17>(self.checksum_pair_b.q.val());
            }
        }
        self.checksum_combine.d.next = self.checksum_beat_valid.q.val() & self.checksum_last.q.val();
        self.checksum_total.d.next = bit_cast::<20, 19>(self.checksum_total_a.q.val())
            + bit_cast::<20, 19>(self.checksum_total_b.q.val());
        self.checksum_check.d.next = self.checksum_combine.q.val();
        if self.checksum_check.q.val() {
            // The header is right when its ones' complement sum is 0xFFFF: with at most 16 carries
            // out of the low half, one fold decides it.
            self.checksum_bad.d.next = (bit_cast::<17, 16>(self.checksum_total.q.val().get_bits::<16>(0))
                + bit_cast::<17, 4>(self.checksum_total.q.val().get_bits::<4>(16)))
                != self.checksum_ok.val();
        }

        // ICRC words, a cycle behind the beats: each beat is kept as the ICRC sees it (masked
        // fields all ones; beat 1 as its constant image), and the word is cut from the last two
        // so that the frame's last word ends with the ICRC (see the module notes).
        if self.accept.val() {
            self.crc_previous.d.next = self.crc_current.q.val();
            self.crc_current.d.next = self.data_le.val();
            if self.phase.q.val().get_bit(1) {
                self.crc_current.d.next = self.icrc_beat1_image.val();
            }
            if self.phase.q.val().get_bit(2) {
                self.crc_current.d.next = self.data_le.val() | self.icrc_mask_beat2.val();
                self.icrc_shift.d.next = self.data_le.val().get_bits::<3>(8) + self.six_bytes.val();
            }
            if self.phase.q.val().get_bit(3) {
                self.crc_current.d.next = self.data_le.val() | self.icrc_mask_beat3.val();
            }
            if self.phase.q.val().get_bit(5) {
                self.crc_current.d.next = self.data_le.val() | self.icrc_mask_beat5.val();
            }
        }
        self.crc_word_valid.d.next = self.accept.val() & !self.phase.q.val().get_bit(0) & !self.phase.q.val().get_bit(1);
        self.crc_word_first.d.next = self.phase.q.val().get_bit(2);
        self.crc_word_last.d.next = self.tlast.val();
        self.icrc_shift_bits.next = bit_cast::<7, 3>(self.icrc_shift.q.val()) << 3;
        self.icrc.word.next = self.crc_current.q.val();
        if self.icrc_shift.q.val() != self.no_shift.val() {
            self.icrc.word.next = (self.crc_previous.q.val() >> self.icrc_shift_bits.val())
                | (self.crc_current.q.val() << (self.word_bits.val() - self.icrc_shift_bits.val()));
        }
        self.icrc.word_valid.next = self.crc_word_valid.q.val();
        self.icrc.word_first.next = self.crc_word_first.q.val();
        self.icrc.word_last.next = self.crc_word_last.q.val();
        self.icrc_inits.address.next = self.icrc_shift.q.val();
        self.icrc.init.next = self.icrc_inits.data.val();

        // Payload: realigned to start at byte 0 from the previous beat and this one. Middle
        // beats emit a word as they pass; the frame's last beat leaves up to two words (the
        // realigned one, and the rest of its own bytes) to drain in the next two cycles, where
        // the byte counts that depend on its `tkeep` are worked out from registers.
        if self.payload_lane.q.val() == self.lane_two.val() {
            self.payload_word.next = (self.previous.q.val() >> 16) | (self.data_le.val() << 48);
            self.tail_word.next = self.data_le.val() >> 16;
        } else {
            self.payload_word.next = (self.previous.q.val() >> 48) | (self.data_le.val() << 16);
            self.tail_word.next = self.data_le.val() >> 48;
        }
        // What remains is also kept saturated at 16 (a word and a tail hold at most 14 bytes).
        self.room_small.next = bit_cast::<5, 17>(self.payload_room.q.val());
        if self.payload_room.q.val() > self.sixteen_room.val() {
            self.room_small.next = self.sixteen_small.val();
        }
        self.remaining_after_beat.next = self.payload_remaining.q.val() - self.eight_bytes.val();
        self.remaining_small_after_beat.next = bit_cast::<5, 16>(self.remaining_after_beat.val());
        if self.payload_remaining.q.val() > self.twenty_three.val() {
            self.remaining_small_after_beat.next = self.sixteen_small.val();
        }
        // The last beat: how many of its bytes precede the realignment point, how many follow.
        self.available.next = self.all_lanes.val();
        self.tail_lanes.next = self.no_lanes.val();
        if self.lanes.val() < self.payload_lane.q.val() {
            self.available.next = self.all_lanes.val() - self.payload_lane.q.val() + self.lanes.val();
        } else {
            self.tail_lanes.next = self.lanes.val() - self.payload_lane.q.val();
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
            } else if self.end_flags[0].q.val().header_length
                | self.end_flags[0].q.val().too_long
                | self.end_flags[0].q.val().payload_length
            {
                // A payload that starts in the last beat (a beat-6 header end): the length checks
                // made at that beat failed.
                self.drain_tail_pending.d.next = false;
            }
        }

        self.payload_slice.in_valid.next = false;
        self.payload_slice.in_data.next.tdata = self.payload_word.val();
        self.payload_slice.in_data.next.tkeep = self.middle_keep.q.val();
        self.payload_slice.in_data.next.tlast = false;
        self.payload_slice.in_data.next.tuser = false;
        if !self.drain_prepare.q.val() & self.drain_word_pending.q.val() {
            // The realigned word of the last beat; then its tail if bytes remain for it.
            self.payload_slice.in_data.next.tdata = self.drain_word.q.val();
            self.payload_slice.in_data.next.tkeep = !(self.ones.val() << self.drain_taken.q.val());
            self.payload_slice.in_data.next.tlast = self.drain_word_last.q.val();
            self.payload_slice.in_data.next.tuser = self.drain_word_short.q.val();
            if self.payload_slice.in_ready.val() {
                self.payload_slice.in_valid.next = true;
                self.drain_word_pending.d.next = false;
            }
        } else if !self.drain_prepare.q.val() & self.drain_tail_pending.q.val() {
            // The bytes after the realignment point (all of a payload that starts in the last beat).
            self.payload_slice.in_data.next.tdata = self.drain_tail.q.val();
            self.payload_slice.in_data.next.tkeep = self.drain_tail_keep.q.val();
            self.payload_slice.in_data.next.tlast = true;
            self.payload_slice.in_data.next.tuser = self.drain_tail_short.q.val();
            if self.payload_slice.in_ready.val() {
                self.payload_slice.in_valid.next = true;
                self.drain_tail_pending.d.next = false;
            }
        } else if self.accept.val() & self.payload_open.q.val() & self.payload_flows.val() & !self.tlast.val() {
            self.payload_slice.in_valid.next = true;
            if self.middle_last.q.val() {
                self.payload_slice.in_data.next.tlast = true;
                self.payload_open.d.next = false;
            }
            self.payload_remaining.d.next = self.remaining_after_beat.val();
            self.remaining_small.d.next = self.remaining_small_after_beat.val();
            self.middle_keep.d.next = self.ones.val();
            self.middle_last.d.next = false;
            if !self.payload_remaining.q.val().get_bits::<11>(5).any() {
                self.middle_keep.d.next = self.keep_after_beat.data.val();
                self.middle_last.d.next = self.payload_remaining.q.val().get_bits::<5>(0) <= self.sixteen_small.val();
            }
        }
        // A payload opens where the headers end; whether it may flow (no header error, not empty)
        // is a flag of its own, so the wide enables above do not wait for the length checks.
        if self.header_complete_now.val() {
            self.payload_open.d.next = !self.tlast.val();
            self.payload_ok.d.next = self.payload_starts_now.val();
            self.payload_remaining.d.next = self.payload_room.q.val().get_bits::<16>(0);
            self.remaining_small.d.next = self.room_small.val();
            self.middle_keep.d.next = self.ones.val();
            self.middle_last.d.next = false;
            if !self.payload_room.q.val().get_bits::<12>(5).any() {
                self.middle_keep.d.next = self.keep_of_room.data.val();
                self.middle_last.d.next = self.payload_room.q.val().get_bits::<5>(0) <= self.eight_small.val();
            }
        }
        self.keep_of_room.address.next = self.payload_room.q.val().get_bits::<5>(0);
        self.keep_after_beat.address.next = self.payload_remaining.q.val().get_bits::<5>(0);
        if self.input_slice.out_valid.val() & self.tlast.val() & !self.last_beat_busy.q.val() {
            // Loaded while a last beat waits too (the same values again); no drain is pending.
            self.drain_word.d.next = self.payload_word.val();
            self.drain_tail.d.next = self.tail_word.val();
            self.drain_taken.d.next = self.last_taken.val();
            if self.header_complete_here.val() {
                // The payload starts in this beat: the tail owes all of it.
                self.drain_taken.d.next = self.no_lanes.val();
            }
            self.drain_tail_lanes.d.next = self.tail_lanes.val();
        }
        if self.accept.val() & self.tlast.val() {
            self.payload_open.d.next = false;
            self.drain_prepare.d.next = (self.payload_open.q.val() & self.payload_flows.val()) | self.payload_starts_now.val();
            self.drain_word_pending.d.next = self.payload_open.q.val() & self.payload_flows.val();
            self.drain_tail_pending.d.next = self.payload_starts_now.val();
        }
        // Whether the next cycle may take a last beat / a beat that loads the descriptor
        // (registered, so that taking a beat is decided by a couple of gates).
        self.last_beat_busy.d.next = (self.accept.val() & self.tlast.val())
            | self.end_valid[0].q.val()
            | self.end_valid[1].q.val()
            | self.end_valid[2].q.val()
            | self.end_valid[3].q.val()
            | self.end_valid[4].q.val()
            | (self.verdict_pending.q.val() & !self.verdict_ready.val())
            | self.drain_word_pending.q.val()
            | self.drain_tail_pending.q.val()
            | !self.counters.ready.val();
        // The next frame starts with its headers incomplete; this one's may complete now.
        self.descriptor_busy.d.next = (self.descriptor_event.val()
            | self.descriptor_load.q.val()
            | (self.descriptor_valid.q.val() & !self.desc_ready.val()))
            & ((self.accept.val() & self.tlast.val()) | !(self.header_done.q.val() | self.header_complete_now.val()));
        self.payload_slice.out_ready.next = self.m_axis_payload_tready.val();
        self.m_axis_payload_tdata.next = self.payload_slice.out_data.val().tdata;
        self.m_axis_payload_tkeep.next = self.payload_slice.out_data.val().tkeep;
        self.m_axis_payload_tlast.next = self.payload_slice.out_data.val().tlast;
        self.m_axis_payload_tuser.next = self.payload_slice.out_data.val().tuser;
        self.m_axis_payload_tvalid.next = self.payload_slice.out_valid.val();

        // Descriptor: staged when the headers complete (or the frame ends first), loaded the
        // cycle after, when the header register holds the last field.
        self.descriptor_load.d.next = self.descriptor_event.val();
        if self.descriptor_event.val() {
            self.staged_payload_length.d.next = self.no_length.val();
            if self.header_complete_now.val() & !self.next_flags.val().header_length {
                self.staged_payload_length.d.next = self.payload_room.q.val().get_bits::<16>(0);
            }
            self.staged_has_payload.d.next = self.payload_starts_now.val();
        }
        if self.descriptor_valid.q.val() & self.desc_ready.val() {
            self.descriptor_valid.d.next = false;
        }
        if self.descriptor_load.q.val() {
            self.descriptor.d.next = self.header.q.val();
            self.descriptor.d.next.payload_length = self.staged_payload_length.q.val();
            // (The length checks of a beat-6 header end are in the flags register now.)
            self.descriptor.d.next.has_payload = self.staged_has_payload.q.val() & !self.length_check_failed.val();
            self.descriptor_valid.d.next = true;
        }
        self.desc_valid.next = self.descriptor_valid.q.val();
        self.d_b0.next = self.descriptor.q.val().b0;
        self.d_b1.next = self.descriptor.q.val().b1;
        self.d_tos.next = self.descriptor.q.val().tos;
        self.d_b3.next = self.descriptor.q.val().b3;
        self.d_b4.next = self.descriptor.q.val().b4;
        self.d_bth_head.next = self.descriptor.q.val().bth_head;
        self.d_bth_congestion.next = self.descriptor.q.val().bth_congestion;
        self.d_ext_a.next = self.descriptor.q.val().ext_a;
        self.d_ext_b.next = self.descriptor.q.val().ext_b;
        self.d_ext_c.next = self.descriptor.q.val().ext_c;
        self.d_ext_d.next = self.descriptor.q.val().ext_d;
        self.desc_dst_mac.next = self.d_b0.val().get_bits::<48>(16);
        self.desc_src_mac.next =
            (bit_cast::<48, 16>(self.d_b0.val().get_bits::<16>(0)) << 32) | bit_cast::<48, 32>(self.d_b1.val());
        self.desc_ip_dscp.next = self.d_tos.val().get_bits::<6>(2);
        self.desc_ip_ecn.next = self.d_tos.val().get_bits::<2>(0);
        self.desc_src_ip.next = self.d_b3.val().get_bits::<32>(16);
        self.desc_dst_ip.next = (bit_cast::<32, 16>(self.d_b3.val().get_bits::<16>(0)) << 16)
            | bit_cast::<32, 16>(self.d_b4.val().get_bits::<16>(32));
        self.desc_udp_src_port.next = self.d_b4.val().get_bits::<16>(16);
        self.desc_udp_dst_port.next = self.d_b4.val().get_bits::<16>(0);
        self.desc_opcode.next = self.d_bth_head.val().get_bits::<8>(24);
        self.desc_solicited.next = self.d_bth_head.val().get_bit(23);
        self.desc_mig_req.next = self.d_bth_head.val().get_bit(22);
        self.desc_pad_count.next = self.d_bth_head.val().get_bits::<2>(20);
        self.desc_tver.next = self.d_bth_head.val().get_bits::<4>(16);
        self.desc_pkey.next = self.d_bth_head.val().get_bits::<16>(0);
        self.desc_fecn.next = self.d_bth_congestion.val().get_bit(1);
        self.desc_becn.next = self.d_bth_congestion.val().get_bit(0);
        self.desc_dest_qp.next = (bit_cast::<24, 8>(self.descriptor.q.val().dest_qp_high) << 16)
            | bit_cast::<24, 16>(self.descriptor.q.val().dest_qp_low);
        self.desc_ack_req.next = self.descriptor.q.val().ack_req;
        self.desc_psn.next = self.descriptor.q.val().psn;
        // Extension headers: the first four bytes serve AETH, ImmDt, IETH and the DETH's Q_Key.
        self.ext_word.next =
            (bit_cast::<32, 16>(self.d_ext_a.val()) << 16) | bit_cast::<32, 16>(self.d_ext_b.val().get_bits::<16>(48));
        self.desc_has_reth.next = self.descriptor.q.val().has_reth;
        self.desc_reth_va.next = self.zero_64.val();
        self.desc_reth_rkey.next = self.zero_32.val();
        self.desc_reth_dma_length.next = self.zero_32.val();
        if self.descriptor.q.val().has_reth {
            self.desc_reth_va.next =
                (bit_cast::<64, 16>(self.d_ext_a.val()) << 48) | bit_cast::<64, 48>(self.d_ext_b.val().get_bits::<48>(16));
            self.desc_reth_rkey.next = (bit_cast::<32, 16>(self.d_ext_b.val().get_bits::<16>(0)) << 16)
                | bit_cast::<32, 16>(self.d_ext_c.val().get_bits::<16>(48));
            self.desc_reth_dma_length.next = self.d_ext_c.val().get_bits::<32>(16);
        }
        self.desc_has_aeth.next = self.descriptor.q.val().has_aeth;
        self.desc_aeth_syndrome.next = self.zero_8.val();
        self.desc_aeth_msn.next = self.zero_24.val();
        if self.descriptor.q.val().has_aeth {
            self.desc_aeth_syndrome.next = self.ext_word.val().get_bits::<8>(24);
            self.desc_aeth_msn.next = self.ext_word.val().get_bits::<24>(0);
        }
        self.desc_has_immdt.next = self.descriptor.q.val().has_immdt;
        self.desc_immdt.next = self.zero_32.val();
        if self.descriptor.q.val().has_immdt {
            self.desc_immdt.next = self.ext_word.val();
            if self.descriptor.q.val().has_reth {
                self.desc_immdt.next = (bit_cast::<32, 16>(self.d_ext_c.val().get_bits::<16>(0)) << 16)
                    | bit_cast::<32, 16>(self.d_ext_d.val());
            }
            if self.descriptor.q.val().has_deth {
                self.desc_immdt.next = (bit_cast::<32, 16>(self.d_ext_b.val().get_bits::<16>(0)) << 16)
                    | bit_cast::<32, 16>(self.d_ext_c.val().get_bits::<16>(48));
            }
        }
        self.desc_has_ieth.next = self.descriptor.q.val().has_ieth;
        self.desc_ieth_rkey.next = self.zero_32.val();
        if self.descriptor.q.val().has_ieth {
            self.desc_ieth_rkey.next = self.ext_word.val();
        }
        self.desc_has_deth.next = self.descriptor.q.val().has_deth;
        self.desc_deth_qkey.next = self.zero_32.val();
        self.desc_deth_src_qp.next = self.zero_24.val();
        if self.descriptor.q.val().has_deth {
            self.desc_deth_qkey.next = self.ext_word.val();
            self.desc_deth_src_qp.next = self.d_ext_b.val().get_bits::<24>(16);
        }
        self.desc_payload_length.next = self.descriptor.q.val().payload_length;
        self.desc_has_payload.next = self.descriptor.q.val().has_payload;

        // Verdict: the flags at the last beat wait five cycles for the ICRC; the first failing
        // check names the frame.
        self.end_valid[0].d.next = self.accept.val() & self.tlast.val();
        self.end_flags[0].d.next = self.next_flags.val();
        self.end_flags[0].d.next.truncated = !(self.header_done.q.val() | self.header_complete_now.val());
        self.end_flags[0].d.next.frame_length = !(((self.beat.q.val() == self.end_beat.q.val())
            & (self.lanes.val() == self.end_lanes.q.val()))
            | (self.end_below_minimum.q.val()
                & (self.beat.q.val() == self.min_frame_beat.val())
                & (self.lanes.val() == self.min_frame_lanes.val())));
        for i in 1..5 {
            self.end_valid[i].d.next = self.end_valid[i - 1].q.val();
            self.end_flags[i].d.next = self.end_flags[i - 1].q.val();
        }
        self.final_flags.next = self.end_flags[4].q.val();
        if self.final_flags.val().mac_error {
            self.cause.next = self.cause_mac_error.val();
        } else if self.final_flags.val().vlan_tagged {
            self.cause.next = self.cause_vlan_tagged.val();
        } else if self.final_flags.val().ipv6 {
            self.cause.next = self.cause_ipv6.val();
        } else if self.final_flags.val().ether_type {
            self.cause.next = self.cause_ether_type.val();
        } else if self.final_flags.val().ip_header {
            self.cause.next = self.cause_ip_header.val();
        } else if self.final_flags.val().ip_options {
            self.cause.next = self.cause_ip_options.val();
        } else if self.final_flags.val().ip_fragment {
            self.cause.next = self.cause_ip_fragment.val();
        } else if self.final_flags.val().not_udp {
            self.cause.next = self.cause_not_udp.val();
        } else if self.final_flags.val().checksum_due & self.checksum_bad.q.val() {
            self.cause.next = self.cause_ip_checksum.val();
        } else if self.final_flags.val().udp_port {
            self.cause.next = self.cause_udp_port.val();
        } else if self.final_flags.val().bth_version {
            self.cause.next = self.cause_bth_version.val();
        } else if self.final_flags.val().opcode {
            self.cause.next = self.cause_opcode.val();
        } else if self.final_flags.val().pkey {
            self.cause.next = self.cause_pkey.val();
        } else if self.final_flags.val().truncated {
            self.cause.next = self.cause_truncated.val();
        } else if self.final_flags.val().header_length {
            self.cause.next = self.cause_length.val();
        } else if self.final_flags.val().too_long {
            self.cause.next = self.cause_too_long.val();
        } else if self.final_flags.val().payload_length {
            self.cause.next = self.cause_payload_length.val();
        } else if self.final_flags.val().frame_length {
            self.cause.next = self.cause_length.val();
        } else if !(self.icrc.result_valid.val() & self.icrc.result_ok.val()) {
            self.cause.next = self.cause_icrc.val();
        } else {
            self.cause.next = self.cause_accepted.val();
        }
        if self.verdict_pending.q.val() & self.verdict_ready.val() {
            self.verdict_pending.d.next = false;
        }
        if self.end_valid[4].q.val() {
            self.verdict.d.next = self.cause.val();
            self.verdict_pending.d.next = true;
        }
        self.verdict_valid.next = self.verdict_pending.q.val();
        self.verdict_cause.next = self.verdict.q.val();
        // Count from the verdict register (a cycle later), off the priority encoder's path.
        self.verdict_counted.d.next = self.end_valid[4].q.val();
        self.counters.count.next = self.verdict_counted.q.val();
        self.counters.count_index.next = self.verdict.q.val();
        self.counters.read_index.next = self.stat_index.val();
        self.stat_value.next = self.counters.read_value.val();

        if self.reset.val() {
            self.beat.d.next = self.no_beats.val();
            self.phase.d.next = self.first_phase.val();
            self.bth_seen.d.next = false;
            self.header_done.d.next = false;
            self.checksum_beat_valid.d.next = false;
            self.checksum_check.d.next = false;
            self.checksum_combine.d.next = false;
            self.crc_word_valid.d.next = false;
            self.payload_open.d.next = false;
            self.drain_word_pending.d.next = false;
            self.drain_tail_pending.d.next = false;
            self.drain_prepare.d.next = false;
            self.descriptor_load.d.next = false;
            self.descriptor_valid.d.next = false;
            self.verdict_pending.d.next = false;
            self.verdict_counted.d.next = false;
            self.last_beat_busy.d.next = true;
            self.descriptor_busy.d.next = false;
            for i in 0..5 {
                self.end_valid[i].d.next = false;
            }
        }
    }
}
