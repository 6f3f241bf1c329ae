//! UART transmitter, 8N1, least-significant bit first: a start bit, eight data bits, a stop bit.

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct UartTx {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// Send `data` (taken when `busy` is low).
    pub send: Signal<In, Bit>,
    pub data: Signal<In, Bits<8>>,
    /// A character is on the line; high from the cycle after `send` until its stop bit ends.
    pub busy: Signal<Out, Bit>,
    /// The transmit pin; high when idle.
    pub tx: Signal<Out, Bit>,
    /// Stop bit, data, start bit: shifted out from bit 0.
    frame: DFF<Bits<10>>,
    bits_left: DFF<Bits<4>>,
    timer: DFF<Bits<16>>,
    line: DFF<Bit>,
    clocks_per_bit_minus_one: Constant<Bits<16>>,
    stop_bit: Constant<Bits<10>>,
    timer_zero: Constant<Bits<16>>,
    timer_one: Constant<Bits<16>>,
    no_bits: Constant<Bits<4>>,
    one_bit: Constant<Bits<4>>,
    character_bits: Constant<Bits<4>>,
}

impl UartTx {
    pub fn new(clocks_per_bit: u32) -> Self {
        assert!((4..1 << 16).contains(&clocks_per_bit), "clocks per bit must be 4..65535");
        Self {
            clock: Default::default(),
            reset: Default::default(),
            send: Default::default(),
            data: Default::default(),
            busy: Default::default(),
            tx: Default::default(),
            frame: Default::default(),
            bits_left: Default::default(),
            timer: Default::default(),
            line: Default::default(),
            clocks_per_bit_minus_one: Constant::new((clocks_per_bit as u64 - 1).to_bits()),
            stop_bit: Constant::new((1_u64 << 9).to_bits()),
            timer_zero: Constant::new(0_u64.to_bits()),
            timer_one: Constant::new(1_u64.to_bits()),
            no_bits: Constant::new(0_u64.to_bits()),
            one_bit: Constant::new(1_u64.to_bits()),
            character_bits: Constant::new(10_u64.to_bits()),
        }
    }
}

impl Logic for UartTx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, frame, bits_left, timer, line);
        self.busy.next = self.bits_left.q.val().any();
        self.tx.next = self.line.q.val();
        if self.bits_left.q.val().any() {
            self.timer.d.next = self.timer.q.val() + self.timer_one.val();
            if self.timer.q.val() == self.clocks_per_bit_minus_one.val() {
                self.timer.d.next = self.timer_zero.val();
                self.bits_left.d.next = self.bits_left.q.val() - self.one_bit.val();
                self.frame.d.next = self.frame.q.val() >> 1;
                // The next bit goes out; after the stop bit the line stays high.
                self.line.d.next = self.frame.q.val().get_bit(1) | (self.bits_left.q.val() == self.one_bit.val());
            }
        } else {
            self.line.d.next = true;
            if self.send.val() {
                // Start bit (0) now, then the data bits, then the stop bit (1).
                self.frame.d.next = (bit_cast::<10, 8>(self.data.val()) << 1) | self.stop_bit.val();
                self.bits_left.d.next = self.character_bits.val();
                self.timer.d.next = self.timer_zero.val();
                self.line.d.next = false;
            }
        }
        if self.reset.val() {
            self.bits_left.d.next = self.no_bits.val();
            self.line.d.next = true;
        }
    }
}
