//! The parser's verdict: a frame's check flags, taken at its last beat, wait five cycles for the
//! ICRC result (and the IPv4 checksum's); then the first failing check in [`DropCause`] order
//! names the frame, the verdict is offered, and one counter per cause counts it.
//!
//! [`DropCause`]: super::wire::DropCause

use super::rx_parser::{CheckFlags, RX_COUNTER_BITS};
use super::wire::{self, DropCause};
use crate::constant::constant;
use crate::counters::{CounterBank, COUNTER_INDEX_BITS};
use rust_hdl::prelude::*;

/// Cycles from a frame's last beat to its ICRC result: the stages of the flags pipeline (the
/// last one, index 4, gives the verdict).
const ICRC_LATENCY: usize = 5;

#[derive(LogicBlock)]
pub struct RxVerdict {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// A frame's last beat is taken, with the frame's checks as they stand after it.
    pub frame_end: Signal<In, Bit>,
    pub frame_flags: Signal<In, CheckFlags>,
    /// The IPv4 header checksum of the frame was wrong (read when `checksum_due`).
    pub checksum_bad: Signal<In, Bit>,
    /// The ICRC result of the frame, [`ICRC_LATENCY`] cycles after its last beat.
    pub icrc_valid: Signal<In, Bit>,
    pub icrc_ok: Signal<In, Bit>,

    pub valid: Signal<Out, Bit>,
    pub ready: Signal<In, Bit>,
    /// 0: accepted; otherwise the [`DropCause`] code.
    pub cause: Signal<Out, Bits<5>>,
    /// A frame end could not be taken next cycle: a verdict is on its way or not yet taken, or
    /// the counters are still being cleared.
    pub busy: Signal<Out, Bit>,
    /// The length checks of the frame that ended a cycle ago failed.
    pub ended_with_length_error: Signal<Out, Bit>,

    /// Counter `i`: frames accepted (0) or dropped with cause code `i`.
    pub stat_index: Signal<In, Bits<COUNTER_INDEX_BITS>>,
    pub stat_value: Signal<Out, Bits<RX_COUNTER_BITS>>,

    counters: CounterBank<RX_COUNTER_BITS>,
    end_flags: [DFF<CheckFlags>; ICRC_LATENCY],
    end_valid: [DFF<Bit>; ICRC_LATENCY],
    verdict: DFF<Bits<5>>,
    verdict_pending: DFF<Bit>,
    verdict_counted: DFF<Bit>,
    first_failure: Signal<Local, Bits<5>>,
    final_flags: Signal<Local, CheckFlags>,

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
}

impl Default for RxVerdict {
    fn default() -> Self {
        let code = |cause: DropCause| constant(cause.code() as u64);
        Self {
            clock: Default::default(),
            reset: Default::default(),
            frame_end: Default::default(),
            frame_flags: Default::default(),
            checksum_bad: Default::default(),
            icrc_valid: Default::default(),
            icrc_ok: Default::default(),
            valid: Default::default(),
            ready: Default::default(),
            cause: Default::default(),
            busy: Default::default(),
            ended_with_length_error: Default::default(),
            stat_index: Default::default(),
            stat_value: Default::default(),
            counters: Default::default(),
            end_flags: Default::default(),
            end_valid: Default::default(),
            verdict: Default::default(),
            verdict_pending: Default::default(),
            verdict_counted: Default::default(),
            first_failure: Default::default(),
            final_flags: Default::default(),
            cause_accepted: constant(wire::VERDICT_ACCEPTED as u64),
            cause_mac_error: code(DropCause::MacError),
            cause_vlan_tagged: code(DropCause::VlanTagged),
            cause_ipv6: code(DropCause::Ipv6),
            cause_ether_type: code(DropCause::EtherType),
            cause_ip_header: code(DropCause::IpHeader),
            cause_ip_options: code(DropCause::IpOptions),
            cause_ip_fragment: code(DropCause::IpFragment),
            cause_not_udp: code(DropCause::NotUdp),
            cause_ip_checksum: code(DropCause::IpChecksum),
            cause_udp_port: code(DropCause::UdpPort),
            cause_bth_version: code(DropCause::BthVersion),
            cause_opcode: code(DropCause::Opcode),
            cause_pkey: code(DropCause::Pkey),
            cause_truncated: code(DropCause::Truncated),
            cause_length: code(DropCause::Length),
            cause_too_long: code(DropCause::TooLong),
            cause_payload_length: code(DropCause::PayloadLength),
            cause_icrc: code(DropCause::Icrc),
        }
    }
}

impl Logic for RxVerdict {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, verdict, verdict_pending, verdict_counted);
        for i in 0..ICRC_LATENCY {
            self.end_flags[i].clock.next = self.clock.val();
            self.end_valid[i].clock.next = self.clock.val();
        }
        self.counters.clock.next = self.clock.val();
        self.counters.reset.next = self.reset.val();

        self.end_valid[0].d.next = self.frame_end.val();
        self.end_flags[0].d.next = self.frame_flags.val();
        for i in 1..ICRC_LATENCY {
            self.end_valid[i].d.next = self.end_valid[i - 1].q.val();
            self.end_flags[i].d.next = self.end_flags[i - 1].q.val();
        }
        self.ended_with_length_error.next = self.end_flags[0].q.val().header_length
            | self.end_flags[0].q.val().too_long
            | self.end_flags[0].q.val().payload_length;
        self.busy.next = self.end_valid[0].q.val()
            | self.end_valid[1].q.val()
            | self.end_valid[2].q.val()
            | self.end_valid[3].q.val()
            | self.end_valid[4].q.val()
            | (self.verdict_pending.q.val() & !self.ready.val())
            | !self.counters.ready.val();

        self.final_flags.next = self.end_flags[4].q.val();
        if self.final_flags.val().mac_error {
            self.first_failure.next = self.cause_mac_error.val();
        } else if self.final_flags.val().vlan_tagged {
            self.first_failure.next = self.cause_vlan_tagged.val();
        } else if self.final_flags.val().ipv6 {
            self.first_failure.next = self.cause_ipv6.val();
        } else if self.final_flags.val().ether_type {
            self.first_failure.next = self.cause_ether_type.val();
        } else if self.final_flags.val().ip_header {
            self.first_failure.next = self.cause_ip_header.val();
        } else if self.final_flags.val().ip_options {
            self.first_failure.next = self.cause_ip_options.val();
        } else if self.final_flags.val().ip_fragment {
            self.first_failure.next = self.cause_ip_fragment.val();
        } else if self.final_flags.val().not_udp {
            self.first_failure.next = self.cause_not_udp.val();
        } else if self.final_flags.val().checksum_due & self.checksum_bad.val() {
            self.first_failure.next = self.cause_ip_checksum.val();
        } else if self.final_flags.val().udp_port {
            self.first_failure.next = self.cause_udp_port.val();
        } else if self.final_flags.val().bth_version {
            self.first_failure.next = self.cause_bth_version.val();
        } else if self.final_flags.val().opcode {
            self.first_failure.next = self.cause_opcode.val();
        } else if self.final_flags.val().pkey {
            self.first_failure.next = self.cause_pkey.val();
        } else if self.final_flags.val().truncated {
            self.first_failure.next = self.cause_truncated.val();
        } else if self.final_flags.val().header_length {
            self.first_failure.next = self.cause_length.val();
        } else if self.final_flags.val().too_long {
            self.first_failure.next = self.cause_too_long.val();
        } else if self.final_flags.val().payload_length {
            self.first_failure.next = self.cause_payload_length.val();
        } else if self.final_flags.val().frame_length {
            self.first_failure.next = self.cause_length.val();
        } else if !(self.icrc_valid.val() & self.icrc_ok.val()) {
            self.first_failure.next = self.cause_icrc.val();
        } else {
            self.first_failure.next = self.cause_accepted.val();
        }
        if self.verdict_pending.q.val() & self.ready.val() {
            self.verdict_pending.d.next = false;
        }
        if self.end_valid[4].q.val() {
            self.verdict.d.next = self.first_failure.val();
            self.verdict_pending.d.next = true;
        }
        self.valid.next = self.verdict_pending.q.val();
        self.cause.next = self.verdict.q.val();
        // Count from the verdict register (a cycle later), off the priority encoder's path.
        self.verdict_counted.d.next = self.end_valid[4].q.val();
        self.counters.count.next = self.verdict_counted.q.val();
        self.counters.count_index.next = self.verdict.q.val();
        self.counters.read_index.next = self.stat_index.val();
        self.stat_value.next = self.counters.read_value.val();

        if self.reset.val() {
            self.verdict_pending.d.next = false;
            self.verdict_counted.d.next = false;
            for i in 0..ICRC_LATENCY {
                self.end_valid[i].d.next = false;
            }
        }
    }
}
