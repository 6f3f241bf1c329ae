//! Gigabit MAC transmitter, line side (issue 27): frames as a byte stream in, GMII out, one byte
//! per 125 MHz cycle.
//!
//! Each frame goes on the wire as 7 preamble bytes (0x55), the start-of-frame delimiter (0xD5),
//! the frame, zero padding up to 60 bytes, and the FCS: the complement of the IEEE CRC-32 of
//! frame and padding, least significant byte first (IEEE 802.3 clause 3). At least 12 idle byte
//! times (the inter-frame gap) follow before the next preamble. The stream carries the frame
//! from its destination MAC address on, without FCS.
//!
//! The wire cannot wait: once a frame has started, a byte must come every cycle. A frame whose
//! stream pauses mid-frame is aborted — the byte time of the pause goes out with `gmii_tx_er`
//! (a receiver drops the frame as errored), the rest of the frame is taken from the stream and
//! discarded — and counted (`underruns`). The clock crossing in front of this block forwards a
//! frame only when it holds all of it, so an underrun means that contract was broken.
//!
//! Outputs are registered: the pins change on the clock edge only.

use rust_hdl::prelude::*;

/// Idle byte times between frames (IEEE 802.3: 96 bit times).
pub const INTER_FRAME_GAP_BYTES: u32 = 12;
/// Preamble bytes before the start-of-frame delimiter.
pub const PREAMBLE_BYTES: u32 = 7;
pub const PREAMBLE: u8 = 0x55;
pub const START_OF_FRAME: u8 = 0xD5;
/// Shortest frame without its FCS; shorter ones are padded with zeros.
pub const MIN_FRAME_BYTES: u32 = 60;
/// The reflected CRC-32 polynomial of the FCS.
pub const FCS_POLYNOMIAL: u32 = 0xEDB8_8320;

/// One byte of a frame on its way to the transmitter.
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct LineByte {
    pub tdata: Bits<8>,
    pub tlast: Bit,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum TxStep {
    Idle,
    Preamble,
    StartOfFrame,
    Data,
    Pad,
    Fcs,
    /// An underrun: the rest of the frame is taken from the stream and dropped.
    Discard,
    Gap,
}

#[derive(LogicBlock)]
pub struct GmiiTx {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// The frame's bytes (destination MAC first, no FCS); `tlast` on its last byte.
    pub s_axis_tdata: Signal<In, Bits<8>>,
    pub s_axis_tlast: Signal<In, Bit>,
    pub s_axis_tvalid: Signal<In, Bit>,
    pub s_axis_tready: Signal<Out, Bit>,
    pub gmii_txd: Signal<Out, Bits<8>>,
    pub gmii_tx_en: Signal<Out, Bit>,
    pub gmii_tx_er: Signal<Out, Bit>,
    /// Frames sent whole, and frames aborted by an underrun (wrapping).
    pub frames: Signal<Out, Bits<32>>,
    pub underruns: Signal<Out, Bits<32>>,
    step: DFF<TxStep>,
    /// Bytes of the current step: preamble, frame (while `short`, for padding), FCS or gap.
    count: DFF<Bits<8>>,
    /// Fewer than 59 bytes so far (`count` < 59): a frame that ends with the next byte needs
    /// padding. A flip-flop, so the decision at the last byte is one gate, not a compare (timing).
    short: DFF<Bit>,
    /// The CRC of the frame's bytes up to the one before `txd`; during the FCS, what is left of
    /// it to send (complemented on the way out, so entering the FCS needs no mux on all 32 bits).
    crc: DFF<Bits<32>>,
    /// `txd` holds a frame or padding byte not yet in `crc`. The CRC folds in the byte already
    /// on the wire register, one cycle late: its inputs are this block's own flip-flops, not the
    /// stream's handshake (timing); the first FCS byte takes the fold directly.
    crc_pending: DFF<Bit>,
    txd: DFF<Bits<8>>,
    tx_en: DFF<Bit>,
    tx_er: DFF<Bit>,
    sent: DFF<Bits<32>>,
    aborted: DFF<Bits<32>>,
    /// Each counter's event, registered: the counters (and what reads them across the clock
    /// crossing) may sit away from the transmitter without lengthening its paths; they count one
    /// cycle after the event.
    frame_sent: DFF<Bit>,
    frame_aborted: DFF<Bit>,
    /// `crc` with `txd` folded in.
    crc_next: Signal<Local, Bits<32>>,
    /// The CRC of the whole frame during the FCS's first byte, and after it what is left.
    fcs_left: Signal<Local, Bits<32>>,
    preamble: Constant<Bits<8>>,
    start_of_frame: Constant<Bits<8>>,
    polynomial: Constant<Bits<32>>,
    crc_initial: Constant<Bits<32>>,
    last_preamble_byte: Constant<Bits<8>>,
    last_short_byte: Constant<Bits<8>>,
    last_padded_byte: Constant<Bits<8>>,
    last_fcs_byte: Constant<Bits<8>>,
    last_gap_byte: Constant<Bits<8>>,
    no_byte: Constant<Bits<8>>,
    count_start: Constant<Bits<8>>,
    count_step: Constant<Bits<8>>,
    counter_start: Constant<Bits<32>>,
    counter_step: Constant<Bits<32>>,
}

impl Default for GmiiTx {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            s_axis_tdata: Default::default(),
            s_axis_tlast: Default::default(),
            s_axis_tvalid: Default::default(),
            s_axis_tready: Default::default(),
            gmii_txd: Default::default(),
            gmii_tx_en: Default::default(),
            gmii_tx_er: Default::default(),
            frames: Default::default(),
            underruns: Default::default(),
            step: Default::default(),
            count: Default::default(),
            short: Default::default(),
            crc: Default::default(),
            crc_pending: Default::default(),
            txd: Default::default(),
            tx_en: Default::default(),
            tx_er: Default::default(),
            sent: Default::default(),
            aborted: Default::default(),
            frame_sent: Default::default(),
            frame_aborted: Default::default(),
            crc_next: Default::default(),
            fcs_left: Default::default(),
            preamble: Constant::new((PREAMBLE as u64).to_bits()),
            start_of_frame: Constant::new((START_OF_FRAME as u64).to_bits()),
            polynomial: Constant::new((FCS_POLYNOMIAL as u64).to_bits()),
            crc_initial: Constant::new(0xFFFF_FFFFu64.to_bits()),
            last_preamble_byte: Constant::new(((PREAMBLE_BYTES - 1) as u64).to_bits()),
            last_short_byte: Constant::new(((MIN_FRAME_BYTES - 2) as u64).to_bits()),
            last_padded_byte: Constant::new(((MIN_FRAME_BYTES - 1) as u64).to_bits()),
            last_fcs_byte: Constant::new(3u64.to_bits()),
            // The gap's last byte time is the Idle cycle that starts the next preamble.
            last_gap_byte: Constant::new(((INTER_FRAME_GAP_BYTES - 2) as u64).to_bits()),
            no_byte: Constant::new(0u64.to_bits()),
            count_start: Constant::new(0u64.to_bits()),
            count_step: Constant::new(1u64.to_bits()),
            counter_start: Constant::new(0u64.to_bits()),
            counter_step: Constant::new(1u64.to_bits()),
        }
    }
}

impl Logic for GmiiTx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, step, count, short, crc, crc_pending, txd, tx_en, tx_er, sent, aborted, frame_sent, frame_aborted);
        self.gmii_txd.next = self.txd.q.val();
        self.gmii_tx_en.next = self.tx_en.q.val();
        self.gmii_tx_er.next = self.tx_er.q.val();
        self.frames.next = self.sent.q.val();
        self.underruns.next = self.aborted.q.val();
        self.s_axis_tready.next = false;
        self.tx_en.d.next = false;
        self.tx_er.d.next = false;
        self.txd.d.next = self.no_byte.val();
        self.frame_sent.d.next = false;
        self.frame_aborted.d.next = false;
        if self.frame_sent.q.val() {
            self.sent.d.next = self.sent.q.val() + self.counter_step.val();
        }
        if self.frame_aborted.q.val() {
            self.aborted.d.next = self.aborted.q.val() + self.counter_step.val();
        }

        // The CRC with the byte on the wire register folded in, one bit at a time (reflected).
        self.crc_next.next = self.crc.q.val() ^ bit_cast::<32, 8>(self.txd.q.val());
        for _bit in 0..8 {
            if self.crc_next.val().get_bit(0) {
                self.crc_next.next = (self.crc_next.val() >> 1) ^ self.polynomial.val();
            } else {
                self.crc_next.next = self.crc_next.val() >> 1;
            }
        }

        self.crc_pending.d.next = false;
        self.fcs_left.next = self.crc.q.val();
        if self.crc_pending.q.val() {
            self.crc.d.next = self.crc_next.val();
            self.fcs_left.next = self.crc_next.val();
        }

        match self.step.q.val() {
            TxStep::Idle => {
                if self.s_axis_tvalid.val() {
                    self.step.d.next = TxStep::Preamble;
                    self.count.d.next = self.count_start.val();
                }
            }
            TxStep::Preamble => {
                self.tx_en.d.next = true;
                self.txd.d.next = self.preamble.val();
                self.count.d.next = self.count.q.val() + self.count_step.val();
                if self.count.q.val() == self.last_preamble_byte.val() {
                    self.step.d.next = TxStep::StartOfFrame;
                }
            }
            TxStep::StartOfFrame => {
                self.tx_en.d.next = true;
                self.txd.d.next = self.start_of_frame.val();
                self.count.d.next = self.count_start.val();
                self.short.d.next = true;
                self.crc.d.next = self.crc_initial.val();
                self.step.d.next = TxStep::Data;
            }
            TxStep::Data => {
                self.tx_en.d.next = true;
                self.s_axis_tready.next = true;
                if self.s_axis_tvalid.val() {
                    self.txd.d.next = self.s_axis_tdata.val();
                    self.crc_pending.d.next = true;
                    // Bytes are counted while the frame is short (the padding continues the
                    // count); after that the count rests at zero, ready for the FCS.
                    if self.short.q.val() {
                        self.count.d.next = self.count.q.val() + self.count_step.val();
                        self.short.d.next = self.count.q.val() != self.last_short_byte.val();
                    } else {
                        self.count.d.next = self.count_start.val();
                    }
                    if self.s_axis_tlast.val() {
                        if self.short.q.val() {
                            self.step.d.next = TxStep::Pad;
                        } else {
                            self.step.d.next = TxStep::Fcs;
                        }
                    }
                } else {
                    // Underrun: this byte time is an error on the wire; the frame is lost.
                    self.tx_er.d.next = true;
                    self.frame_aborted.d.next = true;
                    self.step.d.next = TxStep::Discard;
                }
            }
            TxStep::Pad => {
                // `txd` is zero here: the padding goes into the CRC as it goes out.
                self.tx_en.d.next = true;
                self.crc_pending.d.next = true;
                self.count.d.next = self.count.q.val() + self.count_step.val();
                if self.count.q.val() == self.last_padded_byte.val() {
                    self.step.d.next = TxStep::Fcs;
                    self.count.d.next = self.count_start.val();
                }
            }
            TxStep::Fcs => {
                self.tx_en.d.next = true;
                // The FCS: the CRC's complement, least significant byte first.
                self.txd.d.next = !self.fcs_left.val().get_bits::<8>(0);
                self.crc.d.next = self.fcs_left.val() >> 8;
                self.count.d.next = self.count.q.val() + self.count_step.val();
                if self.count.q.val() == self.last_fcs_byte.val() {
                    self.frame_sent.d.next = true;
                    self.step.d.next = TxStep::Gap;
                    self.count.d.next = self.count_start.val();
                }
            }
            TxStep::Discard => {
                self.s_axis_tready.next = true;
                if self.s_axis_tvalid.val() & self.s_axis_tlast.val() {
                    self.step.d.next = TxStep::Gap;
                    self.count.d.next = self.count_start.val();
                }
            }
            _ => {
                // Gap: the line idles for the inter-frame gap.
                self.count.d.next = self.count.q.val() + self.count_step.val();
                if self.count.q.val() == self.last_gap_byte.val() {
                    self.step.d.next = TxStep::Idle;
                }
            }
        }
        if self.reset.val() {
            self.step.d.next = TxStep::Idle;
            self.crc_pending.d.next = false;
            self.tx_en.d.next = false;
            self.tx_er.d.next = false;
            self.frame_sent.d.next = false;
            self.frame_aborted.d.next = false;
            self.sent.d.next = self.counter_start.val();
            self.aborted.d.next = self.counter_start.val();
        }
    }
}
