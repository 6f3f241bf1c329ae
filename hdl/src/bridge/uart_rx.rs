//! UART receiver, 8 data bits, no parity, 1 stop bit (8N1), least-significant bit first.
//!
//! The pin is synchronised by two flip-flops; a start bit is confirmed half a bit after the
//! falling edge (shorter glitches are ignored); data bits are sampled in the middle of each bit.
//! A character whose stop bit is low is a framing error (a break, a wrong baud rate or noise):
//! it is reported and dropped, and the receiver waits for the line to go high before hunting again.

use rust_hdl::prelude::*;

#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum UartRxState {
    Idle,
    Start,
    Data,
    Stop,
    /// After a framing error: wait for the line to be high (idle) again.
    Break,
}

#[derive(LogicBlock)]
pub struct UartRx {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// The receive pin, asynchronous to `clock`; high when idle.
    pub rx: Signal<In, Bit>,
    /// One-cycle pulse: `data` holds a received character.
    pub byte_valid: Signal<Out, Bit>,
    pub data: Signal<Out, Bits<8>>,
    /// One-cycle pulse: a character ended without its stop bit.
    pub framing_error: Signal<Out, Bit>,
    sync_first: DFF<Bit>,
    line: DFF<Bit>,
    state: DFF<UartRxState>,
    timer: DFF<Bits<16>>,
    bit_index: DFF<Bits<3>>,
    shift: DFF<Bits<8>>,
    valid: DFF<Bit>,
    error: DFF<Bit>,
    clocks_per_bit_minus_one: Constant<Bits<16>>,
    half_bit_minus_one: Constant<Bits<16>>,
    last_bit: Constant<Bits<3>>,
    msb: Constant<Bits<8>>,
    timer_zero: Constant<Bits<16>>,
    timer_one: Constant<Bits<16>>,
    bit_zero: Constant<Bits<3>>,
    bit_one: Constant<Bits<3>>,
}

impl UartRx {
    /// `clocks_per_bit`: the clock frequency over the baud rate (at least 4).
    pub fn new(clocks_per_bit: u32) -> Self {
        assert!((4..1 << 16).contains(&clocks_per_bit), "clocks per bit must be 4..65535");
        Self {
            clock: Default::default(),
            reset: Default::default(),
            rx: Default::default(),
            byte_valid: Default::default(),
            data: Default::default(),
            framing_error: Default::default(),
            sync_first: Default::default(),
            line: Default::default(),
            state: Default::default(),
            timer: Default::default(),
            bit_index: Default::default(),
            shift: Default::default(),
            valid: Default::default(),
            error: Default::default(),
            clocks_per_bit_minus_one: Constant::new((clocks_per_bit as u64 - 1).to_bits()),
            half_bit_minus_one: Constant::new((clocks_per_bit as u64 / 2 - 1).to_bits()),
            last_bit: Constant::new(7_u64.to_bits()),
            msb: Constant::new(0x80_u64.to_bits()),
            timer_zero: Constant::new(0_u64.to_bits()),
            timer_one: Constant::new(1_u64.to_bits()),
            bit_zero: Constant::new(0_u64.to_bits()),
            bit_one: Constant::new(1_u64.to_bits()),
        }
    }
}

impl Logic for UartRx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, sync_first, line, state, timer, bit_index, shift, valid, error);
        self.sync_first.d.next = self.rx.val();
        self.line.d.next = self.sync_first.q.val();
        self.valid.d.next = false;
        self.error.d.next = false;
        self.timer.d.next = self.timer.q.val() + self.timer_one.val();
        match self.state.q.val() {
            UartRxState::Idle => {
                self.timer.d.next = self.timer_zero.val();
                if !self.line.q.val() {
                    self.state.d.next = UartRxState::Start;
                }
            }
            UartRxState::Start => {
                if self.timer.q.val() == self.half_bit_minus_one.val() {
                    self.timer.d.next = self.timer_zero.val();
                    self.bit_index.d.next = self.bit_zero.val();
                    if self.line.q.val() {
                        // High again before mid-bit: a glitch, not a start bit.
                        self.state.d.next = UartRxState::Idle;
                    } else {
                        self.state.d.next = UartRxState::Data;
                    }
                }
            }
            UartRxState::Data => {
                if self.timer.q.val() == self.clocks_per_bit_minus_one.val() {
                    self.timer.d.next = self.timer_zero.val();
                    self.shift.d.next = self.shift.q.val() >> 1;
                    if self.line.q.val() {
                        self.shift.d.next = (self.shift.q.val() >> 1) | self.msb.val();
                    }
                    self.bit_index.d.next = self.bit_index.q.val() + self.bit_one.val();
                    if self.bit_index.q.val() == self.last_bit.val() {
                        self.state.d.next = UartRxState::Stop;
                    }
                }
            }
            UartRxState::Stop => {
                if self.timer.q.val() == self.clocks_per_bit_minus_one.val() {
                    if self.line.q.val() {
                        self.valid.d.next = true;
                        self.state.d.next = UartRxState::Idle;
                    } else {
                        self.error.d.next = true;
                        self.state.d.next = UartRxState::Break;
                    }
                }
            }
            UartRxState::Break => {
                if self.line.q.val() {
                    self.state.d.next = UartRxState::Idle;
                }
            }
            _ => {
                self.state.d.next = UartRxState::Idle;
            }
        }
        self.byte_valid.next = self.valid.q.val();
        self.data.next = self.shift.q.val();
        self.framing_error.next = self.error.q.val();
        if self.reset.val() {
            self.state.d.next = UartRxState::Idle;
            self.valid.d.next = false;
            self.error.d.next = false;
        }
    }
}
