//! The host's end of a UART line (8N1), cycle by cycle: characters out on the FPGA's `rx` pin,
//! characters in from its `tx` pin, sampled in the middle of each bit.

use std::collections::VecDeque;

enum Receiver {
    Idle,
    /// Cycles since the falling edge of a start bit.
    Start(u32),
    Data { bit: u32, count: u32, byte: u8 },
    Stop { count: u32, byte: u8 },
    /// After a low stop bit: wait for the line to go high.
    Break,
}

pub struct UartLine {
    clocks_per_bit: u32,
    /// Levels to drive, one per cycle; idle (high) when empty.
    out: VecDeque<bool>,
    receiver: Receiver,
    pub received: Vec<u8>,
    pub framing_errors: u32,
}

impl UartLine {
    pub fn new(clocks_per_bit: u32) -> Self {
        Self { clocks_per_bit, out: VecDeque::new(), receiver: Receiver::Idle, received: Vec::new(), framing_errors: 0 }
    }

    fn character(&mut self, byte: u8, stop: bool) {
        let bits = [false].into_iter().chain((0..8).map(|i| byte >> i & 1 == 1)).chain([stop]);
        for level in bits {
            self.out.extend(std::iter::repeat_n(level, self.clocks_per_bit as usize));
        }
    }

    /// Queues characters back to back.
    pub fn send(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.character(b, true);
        }
    }

    /// Queues a character whose stop bit is low (the receiver must call it a framing error),
    /// then a bit time of idle line.
    pub fn send_without_stop_bit(&mut self, byte: u8) {
        self.character(byte, false);
        self.idle(1);
    }

    /// Queues `bits` bit times of idle (high) line.
    pub fn idle(&mut self, bits: u32) {
        self.out.extend(std::iter::repeat_n(true, (bits * self.clocks_per_bit) as usize));
    }

    pub fn sending(&self) -> bool {
        !self.out.is_empty()
    }

    /// One clock cycle: the level for the FPGA's `rx` pin; samples the FPGA's `tx` pin.
    pub fn step(&mut self, fpga_tx: bool) -> bool {
        let cpb = self.clocks_per_bit;
        self.receiver = match std::mem::replace(&mut self.receiver, Receiver::Idle) {
            Receiver::Idle if !fpga_tx => Receiver::Start(1),
            Receiver::Idle => Receiver::Idle,
            Receiver::Start(n) if n + 1 == cpb / 2 => {
                if fpga_tx {
                    Receiver::Idle
                } else {
                    Receiver::Data { bit: 0, count: 0, byte: 0 }
                }
            }
            Receiver::Start(n) => Receiver::Start(n + 1),
            Receiver::Data { bit, count, byte } if count + 1 == cpb => {
                let byte = byte | (fpga_tx as u8) << bit;
                if bit == 7 {
                    Receiver::Stop { count: 0, byte }
                } else {
                    Receiver::Data { bit: bit + 1, count: 0, byte }
                }
            }
            Receiver::Data { bit, count, byte } => Receiver::Data { bit, count: count + 1, byte },
            Receiver::Stop { count, byte } if count + 1 == cpb => {
                if fpga_tx {
                    self.received.push(byte);
                    Receiver::Idle
                } else {
                    self.framing_errors += 1;
                    Receiver::Break
                }
            }
            Receiver::Stop { count, byte } => Receiver::Stop { count: count + 1, byte },
            Receiver::Break if fpga_tx => Receiver::Idle,
            Receiver::Break => Receiver::Break,
        };
        self.out.pop_front().unwrap_or(true)
    }
}
