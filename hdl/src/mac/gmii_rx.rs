//! Gigabit MAC receiver, line side (issue 27): GMII in, one byte per 125 MHz cycle; frames out as
//! a byte stream without preamble, start-of-frame delimiter and FCS, with the frame's verdict on
//! its last byte.
//!
//! A frame is what follows the start-of-frame delimiter (0xD5, after any number of preamble
//! bytes 0x55) while `gmii_rx_dv` stays high. The wire cannot wait, so neither can the stream
//! (no `tready`): a byte comes out four byte times after it came in, because a byte is known to
//! be data, not FCS, only once four more have arrived. When `gmii_rx_dv` falls, the last data
//! byte goes out with `tlast`, and `tuser` says whether the frame is good. The consumer (the
//! clock crossing) keeps a frame whose last byte says good and drops the others whole.
//!
//! Each frame is counted once, by its first fault in this order: `phy_errors` (`gmii_rx_er`
//! during the frame), `runts` (shorter than 64 bytes with FCS), `oversize` (longer than the
//! largest frame this receiver takes), `fcs_errors` (the CRC-32 of frame and FCS is not the
//! residue 0xDEBB20E3); else `frames`. A burst that starts with anything but preamble bytes and
//! the delimiter is dropped and counted as `framing_errors`; nothing of it comes out. The inputs
//! are registered at the pins.

use super::gmii_tx::{FCS_POLYNOMIAL, PREAMBLE, START_OF_FRAME};
use crate::constant::constant;
use rust_hdl::prelude::*;

/// The CRC register (reflected, initial all ones, not complemented) after a frame and its
/// correct FCS.
pub const FCS_RESIDUE: u32 = 0xDEBB_20E3;
/// Shortest frame with its FCS (IEEE 802.3).
pub const MIN_FRAME_WITH_FCS_BYTES: u16 = 64;
/// Longest frame with its FCS the receiver takes by default: a 1500-byte payload with a VLAN tag.
pub const DEFAULT_MAX_FRAME_BYTES: u16 = 1522;
/// Bytes held back: the FCS, and the byte that may turn out to be the frame's last.
pub const HELD_BYTES: u16 = 5;

#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum RxStep {
    /// The line is idle.
    Idle,
    Preamble,
    Data,
    /// A burst that is not a frame: wait for its end.
    Discard,
}

#[derive(LogicBlock)]
pub struct GmiiRx {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub gmii_rxd: Signal<In, Bits<8>>,
    pub gmii_rx_dv: Signal<In, Bit>,
    pub gmii_rx_er: Signal<In, Bit>,
    /// The frame's bytes (destination MAC first, no FCS), one a cycle when valid; on `tlast`,
    /// `tuser` high keeps the frame.
    pub m_axis_tdata: Signal<Out, Bits<8>>,
    pub m_axis_tvalid: Signal<Out, Bit>,
    pub m_axis_tlast: Signal<Out, Bit>,
    pub m_axis_tuser: Signal<Out, Bit>,
    /// Frames by verdict (wrapping).
    pub frames: Signal<Out, Bits<32>>,
    pub phy_errors: Signal<Out, Bits<32>>,
    pub runts: Signal<Out, Bits<32>>,
    pub oversize: Signal<Out, Bits<32>>,
    pub fcs_errors: Signal<Out, Bits<32>>,
    pub framing_errors: Signal<Out, Bits<32>>,
    /// The pins, registered.
    rxd: DFF<Bits<8>>,
    rx_dv: DFF<Bit>,
    rx_er: DFF<Bit>,
    step: DFF<RxStep>,
    /// The last five bytes, oldest in bits 7:0, and how many of them belong to this frame.
    held: DFF<Bits<40>>,
    held_count: DFF<Bits<16>>,
    /// Bytes after the delimiter (saturating), the CRC of them, an `rx_er` among them.
    length: DFF<Bits<16>>,
    crc: DFF<Bits<32>>,
    errored: DFF<Bit>,
    out_data: DFF<Bits<8>>,
    out_valid: DFF<Bit>,
    out_last: DFF<Bit>,
    out_good: DFF<Bit>,
    good_frames: DFF<Bits<32>>,
    phy_error_frames: DFF<Bits<32>>,
    runt_frames: DFF<Bits<32>>,
    oversize_frames: DFF<Bits<32>>,
    fcs_error_frames: DFF<Bits<32>>,
    framing_error_bursts: DFF<Bits<32>>,
    /// Each counter's event, registered: the counters (and what reads them) may sit away from the
    /// receiver without lengthening its paths; they count one cycle after the verdict.
    good_frame_seen: DFF<Bit>,
    phy_error_seen: DFF<Bit>,
    runt_seen: DFF<Bit>,
    oversize_seen: DFF<Bit>,
    fcs_error_seen: DFF<Bit>,
    framing_error_seen: DFF<Bit>,
    crc_next: Signal<Local, Bits<32>>,
    preamble: Constant<Bits<8>>,
    start_of_frame: Constant<Bits<8>>,
    polynomial: Constant<Bits<32>>,
    crc_initial: Constant<Bits<32>>,
    fcs_residue: Constant<Bits<32>>,
    held_full: Constant<Bits<16>>,
    min_frame_bytes: Constant<Bits<16>>,
    max_frame_bytes: Constant<Bits<16>>,
    length_saturated: Constant<Bits<16>>,
    none: Constant<Bits<16>>,
    one: Constant<Bits<16>>,
    byte_shift: Constant<Bits<40>>,
    newest_byte_shift: Constant<Bits<40>>,
    count_one: Constant<Bits<32>>,
    count_zero: Constant<Bits<32>>,
}

impl GmiiRx {
    /// A receiver that takes frames up to `max_frame_bytes` long, FCS included.
    pub fn new(max_frame_bytes: u16) -> Self {
        assert!(max_frame_bytes >= MIN_FRAME_WITH_FCS_BYTES && max_frame_bytes < u16::MAX, "a frame of 64 bytes or more, and the length counter saturates above it");
        Self {
            clock: Default::default(),
            reset: Default::default(),
            gmii_rxd: Default::default(),
            gmii_rx_dv: Default::default(),
            gmii_rx_er: Default::default(),
            m_axis_tdata: Default::default(),
            m_axis_tvalid: Default::default(),
            m_axis_tlast: Default::default(),
            m_axis_tuser: Default::default(),
            frames: Default::default(),
            phy_errors: Default::default(),
            runts: Default::default(),
            oversize: Default::default(),
            fcs_errors: Default::default(),
            framing_errors: Default::default(),
            rxd: Default::default(),
            rx_dv: Default::default(),
            rx_er: Default::default(),
            step: Default::default(),
            held: Default::default(),
            held_count: Default::default(),
            length: Default::default(),
            crc: Default::default(),
            errored: Default::default(),
            out_data: Default::default(),
            out_valid: Default::default(),
            out_last: Default::default(),
            out_good: Default::default(),
            good_frames: Default::default(),
            phy_error_frames: Default::default(),
            runt_frames: Default::default(),
            oversize_frames: Default::default(),
            fcs_error_frames: Default::default(),
            framing_error_bursts: Default::default(),
            good_frame_seen: Default::default(),
            phy_error_seen: Default::default(),
            runt_seen: Default::default(),
            oversize_seen: Default::default(),
            fcs_error_seen: Default::default(),
            framing_error_seen: Default::default(),
            crc_next: Default::default(),
            preamble: constant(PREAMBLE as u64),
            start_of_frame: constant(START_OF_FRAME as u64),
            polynomial: constant(FCS_POLYNOMIAL as u64),
            crc_initial: constant(0xFFFF_FFFF),
            fcs_residue: constant(FCS_RESIDUE as u64),
            held_full: constant(HELD_BYTES as u64),
            min_frame_bytes: constant(MIN_FRAME_WITH_FCS_BYTES as u64),
            max_frame_bytes: constant(max_frame_bytes as u64),
            length_saturated: constant(u16::MAX as u64),
            none: constant(0),
            one: constant(1),
            byte_shift: constant(8),
            newest_byte_shift: constant(32),
            count_one: constant(1),
            count_zero: constant(0),
        }
    }
}

impl Default for GmiiRx {
    fn default() -> Self {
        Self::new(DEFAULT_MAX_FRAME_BYTES)
    }
}

impl Logic for GmiiRx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, rxd, rx_dv, rx_er, step, held, held_count, length, crc, errored, out_data, out_valid, out_last, out_good,
            good_frames, phy_error_frames, runt_frames, oversize_frames, fcs_error_frames, framing_error_bursts,
            good_frame_seen, phy_error_seen, runt_seen, oversize_seen, fcs_error_seen, framing_error_seen
        );
        self.rxd.d.next = self.gmii_rxd.val();
        self.rx_dv.d.next = self.gmii_rx_dv.val();
        self.rx_er.d.next = self.gmii_rx_er.val();
        self.m_axis_tdata.next = self.out_data.q.val();
        self.m_axis_tvalid.next = self.out_valid.q.val();
        self.m_axis_tlast.next = self.out_last.q.val();
        self.m_axis_tuser.next = self.out_good.q.val();
        self.frames.next = self.good_frames.q.val();
        self.phy_errors.next = self.phy_error_frames.q.val();
        self.runts.next = self.runt_frames.q.val();
        self.oversize.next = self.oversize_frames.q.val();
        self.fcs_errors.next = self.fcs_error_frames.q.val();
        self.framing_errors.next = self.framing_error_bursts.q.val();
        self.out_valid.d.next = false;
        self.out_last.d.next = false;
        self.out_good.d.next = false;
        self.good_frame_seen.d.next = false;
        self.phy_error_seen.d.next = false;
        self.runt_seen.d.next = false;
        self.oversize_seen.d.next = false;
        self.fcs_error_seen.d.next = false;
        self.framing_error_seen.d.next = false;
        self.out_data.d.next = self.held.q.val().get_bits::<8>(0);

        // The CRC of the frame so far with this byte folded in, one bit at a time (reflected).
        self.crc_next.next = self.crc.q.val() ^ bit_cast::<32, 8>(self.rxd.q.val());
        for _bit in 0..8 {
            if self.crc_next.val().get_bit(0) {
                self.crc_next.next = (self.crc_next.val() >> 1) ^ self.polynomial.val();
            } else {
                self.crc_next.next = self.crc_next.val() >> 1;
            }
        }

        match self.step.q.val() {
            RxStep::Idle => {
                if self.rx_dv.q.val() {
                    if self.rxd.q.val() == self.preamble.val() {
                        self.step.d.next = RxStep::Preamble;
                    } else if self.rxd.q.val() == self.start_of_frame.val() {
                        self.step.d.next = RxStep::Data;
                    } else {
                        self.framing_error_seen.d.next = true;
                        self.step.d.next = RxStep::Discard;
                    }
                }
            }
            RxStep::Preamble => {
                if !self.rx_dv.q.val() {
                    // A preamble without a delimiter.
                    self.framing_error_seen.d.next = true;
                    self.step.d.next = RxStep::Idle;
                } else if self.rxd.q.val() == self.start_of_frame.val() {
                    self.step.d.next = RxStep::Data;
                } else if self.rxd.q.val() != self.preamble.val() {
                    self.framing_error_seen.d.next = true;
                    self.step.d.next = RxStep::Discard;
                }
            }
            RxStep::Data => {
                if self.rx_dv.q.val() {
                    self.held.d.next = (self.held.q.val() >> self.byte_shift.val())
                        | (bit_cast::<40, 8>(self.rxd.q.val()) << self.newest_byte_shift.val());
                    self.crc.d.next = self.crc_next.val();
                    self.errored.d.next = self.errored.q.val() | self.rx_er.q.val();
                    if self.length.q.val() != self.length_saturated.val() {
                        self.length.d.next = self.length.q.val() + self.one.val();
                    }
                    if self.held_count.q.val() == self.held_full.val() {
                        // Four bytes came after it: this one is the frame's.
                        self.out_valid.d.next = true;
                    } else {
                        self.held_count.d.next = self.held_count.q.val() + self.one.val();
                    }
                } else {
                    // The end: the oldest byte held is the frame's last, the other four its FCS.
                    self.step.d.next = RxStep::Idle;
                    self.out_valid.d.next = self.held_count.q.val() == self.held_full.val();
                    self.out_last.d.next = self.held_count.q.val() == self.held_full.val();
                    if self.errored.q.val() {
                        self.phy_error_seen.d.next = true;
                    } else if self.length.q.val() < self.min_frame_bytes.val() {
                        self.runt_seen.d.next = true;
                    } else if self.length.q.val() > self.max_frame_bytes.val() {
                        self.oversize_seen.d.next = true;
                    } else if self.crc.q.val() != self.fcs_residue.val() {
                        self.fcs_error_seen.d.next = true;
                    } else {
                        self.good_frame_seen.d.next = true;
                        self.out_good.d.next = true;
                    }
                }
            }
            _ => {
                if !self.rx_dv.q.val() {
                    self.step.d.next = RxStep::Idle;
                }
            }
        }
        if self.step.q.val() != RxStep::Data {
            // Ready for the next frame.
            self.held_count.d.next = self.none.val();
            self.length.d.next = self.none.val();
            self.crc.d.next = self.crc_initial.val();
            self.errored.d.next = false;
        }
        if self.good_frame_seen.q.val() {
            self.good_frames.d.next = self.good_frames.q.val() + self.count_one.val();
        }
        if self.phy_error_seen.q.val() {
            self.phy_error_frames.d.next = self.phy_error_frames.q.val() + self.count_one.val();
        }
        if self.runt_seen.q.val() {
            self.runt_frames.d.next = self.runt_frames.q.val() + self.count_one.val();
        }
        if self.oversize_seen.q.val() {
            self.oversize_frames.d.next = self.oversize_frames.q.val() + self.count_one.val();
        }
        if self.fcs_error_seen.q.val() {
            self.fcs_error_frames.d.next = self.fcs_error_frames.q.val() + self.count_one.val();
        }
        if self.framing_error_seen.q.val() {
            self.framing_error_bursts.d.next = self.framing_error_bursts.q.val() + self.count_one.val();
        }
        if self.reset.val() {
            self.step.d.next = RxStep::Idle;
            self.good_frame_seen.d.next = false;
            self.phy_error_seen.d.next = false;
            self.runt_seen.d.next = false;
            self.oversize_seen.d.next = false;
            self.fcs_error_seen.d.next = false;
            self.framing_error_seen.d.next = false;

            self.rx_dv.d.next = false;
            self.out_valid.d.next = false;
            self.good_frames.d.next = self.count_zero.val();
            self.phy_error_frames.d.next = self.count_zero.val();
            self.runt_frames.d.next = self.count_zero.val();
            self.oversize_frames.d.next = self.count_zero.val();
            self.fcs_error_frames.d.next = self.count_zero.val();
            self.framing_error_bursts.d.next = self.count_zero.val();
        }
    }
}
