//! The UART register bridge: request frames in on `rx`, bus reads and writes, response frames out
//! on `tx` (frame format in `protocol.rs` and docs/register-bridge.md).
//!
//! A request's words are buffered in one block RAM: write data waits there until the frame's
//! CRC is known good (a corrupted frame never writes anything), read data waits there until the
//! whole burst is read (so the status byte can say whether it all worked). Every bad frame is
//! answered or dropped and counted by cause (the `BRIDGE` register block); an idle line mid-frame
//! abandons the frame, and after a bad command the bridge discards bytes until the line is idle,
//! so it always finds the next frame's start.

use super::protocol::{Status, COMMAND_READ, COMMAND_WRITE, IDLE_BITS, MAX_WORDS, REQUEST_SYNC, RESPONSE_SYNC};
use super::uart_rx::UartRx;
use super::uart_tx::UartTx;
use crate::counters::{CounterBank, COUNTER_INDEX_BITS};
use crate::roce::xor_network::XorNetwork;
use rust_hdl::prelude::*;

/// Counter indices: the `BRIDGE` block's register offsets.
pub mod counter {
    pub const FRAMES_OK: u64 = 0;
    pub const BAD_CHECKSUM: u64 = 1;
    pub const BAD_COMMAND: u64 = 2;
    pub const TRUNCATED: u64 = 3;
    pub const NOISE_BYTES: u64 = 4;
    pub const BUS_ERRORS: u64 = 5;
    pub const FRAMING_ERRORS: u64 = 6;
}

/// Cycles a bus access may take before the bridge gives up on it (a bus error).
const BUS_TIMEOUT: u64 = 255;

#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum BridgeState {
    Hunt,
    Command,
    AddressHigh,
    AddressLow,
    Count,
    Data,
    Checksum,
    /// Execute word `index`: its buffered data is read this cycle.
    Load,
    Issue,
    Wait,
    /// Response: sync, status, command, words done.
    Header,
    Payload,
    Trailer,
    /// After a bad command: drop bytes until the line is idle.
    Discard,
}

#[derive(LogicBlock)]
pub struct UartBridge {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub rx: Signal<In, Bit>,
    pub tx: Signal<Out, Bit>,
    /// Bus master: a one-cycle request; the slave answers with a one-cycle `bus_done`.
    pub bus_request: Signal<Out, Bit>,
    pub bus_write: Signal<Out, Bit>,
    pub bus_address: Signal<Out, Bits<16>>,
    pub bus_write_data: Signal<Out, Bits<32>>,
    pub bus_done: Signal<In, Bit>,
    pub bus_read_data: Signal<In, Bits<32>>,
    pub bus_error: Signal<In, Bit>,
    /// The bridge's counters, read by index (`counter::*`), valid a cycle later.
    pub counter_read_index: Signal<In, Bits<COUNTER_INDEX_BITS>>,
    pub counter_read_value: Signal<Out, Bits<32>>,
    receiver: UartRx,
    transmitter: UartTx,
    counters: CounterBank<32>,
    request_crc: XorNetwork<8, 8>,
    response_crc: XorNetwork<8, 8>,
    words: RAM<Bits<32>, 6>,
    state: DFF<BridgeState>,
    command: DFF<Bits<8>>,
    address: DFF<Bits<16>>,
    count: DFF<Bits<7>>,
    index: DFF<Bits<7>>,
    byte_index: DFF<Bits<2>>,
    assembly: DFF<Bits<32>>,
    rx_crc: DFF<Bits<8>>,
    tx_crc: DFF<Bits<8>>,
    status: DFF<Bits<8>>,
    words_done: DFF<Bits<7>>,
    /// The word's bus address (`address` + `index`), set in Load for the request that follows
    /// (timing: the adder fed the control plane's address decode).
    request_address: DFF<Bits<16>>,
    idle_cycles: DFF<Bits<24>>,
    bus_wait: DFF<Bits<8>>,
    request: DFF<Bit>,
    count_now: DFF<Bit>,
    count_cause: DFF<Bits<COUNTER_INDEX_BITS>>,
    send: Signal<Local, Bit>,
    send_byte: Signal<Local, Bits<8>>,
    /// The line has been idle for `IDLE_BITS` bit times: `idle_cycles` reached the limit, kept as
    /// a flip-flop set a cycle ahead (timing: the 24-bit compare fed the whole state machine).
    idle: DFF<Bit>,
    /// The last cycle before the line counts as idle.
    idle_limit_minus_one: Constant<Bits<24>>,
    bus_timeout: Constant<Bits<8>>,
    max_words: Constant<Bits<8>>,
    request_sync: Constant<Bits<8>>,
    response_sync: Constant<Bits<8>>,
    command_read: Constant<Bits<8>>,
    command_write: Constant<Bits<8>>,
    status_ok: Constant<Bits<8>>,
    status_bad_checksum: Constant<Bits<8>>,
    status_bad_command: Constant<Bits<8>>,
    status_bus_error: Constant<Bits<8>>,
    count_frames_ok: Constant<Bits<COUNTER_INDEX_BITS>>,
    count_bad_checksum: Constant<Bits<COUNTER_INDEX_BITS>>,
    count_bad_command: Constant<Bits<COUNTER_INDEX_BITS>>,
    count_truncated: Constant<Bits<COUNTER_INDEX_BITS>>,
    count_noise: Constant<Bits<COUNTER_INDEX_BITS>>,
    count_bus_errors: Constant<Bits<COUNTER_INDEX_BITS>>,
    count_framing_errors: Constant<Bits<COUNTER_INDEX_BITS>>,
    byte_zero: Constant<Bits<8>>,
    lane_zero: Constant<Bits<2>>,
    lane_one: Constant<Bits<2>>,
    lane_two: Constant<Bits<2>>,
    lane_three: Constant<Bits<2>>,
    words_zero: Constant<Bits<7>>,
    words_one: Constant<Bits<7>>,
    idle_zero: Constant<Bits<24>>,
    idle_one: Constant<Bits<24>>,
    wait_zero: Constant<Bits<8>>,
    wait_one: Constant<Bits<8>>,
}

impl UartBridge {
    /// `clocks_per_bit`: the clock over the baud rate.
    pub fn new(clocks_per_bit: u32) -> Self {
        let rows = super::protocol::crc8_rows();
        let byte = |v: u8| Constant::new((v as u64).to_bits());
        let index = |v: u64| Constant::new(v.to_bits());
        Self {
            clock: Default::default(),
            reset: Default::default(),
            rx: Default::default(),
            tx: Default::default(),
            bus_request: Default::default(),
            bus_write: Default::default(),
            bus_address: Default::default(),
            bus_write_data: Default::default(),
            bus_done: Default::default(),
            bus_read_data: Default::default(),
            bus_error: Default::default(),
            counter_read_index: Default::default(),
            counter_read_value: Default::default(),
            receiver: UartRx::new(clocks_per_bit),
            transmitter: UartTx::new(clocks_per_bit),
            counters: Default::default(),
            request_crc: XorNetwork::new(rows.clone()),
            response_crc: XorNetwork::new(rows),
            words: Default::default(),
            state: Default::default(),
            command: Default::default(),
            address: Default::default(),
            count: Default::default(),
            index: Default::default(),
            byte_index: Default::default(),
            assembly: Default::default(),
            rx_crc: Default::default(),
            tx_crc: Default::default(),
            status: Default::default(),
            words_done: Default::default(),
            request_address: Default::default(),
            idle_cycles: Default::default(),
            bus_wait: Default::default(),
            request: Default::default(),
            count_now: Default::default(),
            count_cause: Default::default(),
            send: Default::default(),
            send_byte: Default::default(),
            idle: Default::default(),
            idle_limit_minus_one: Constant::new((IDLE_BITS as u64 * clocks_per_bit as u64 - 1).to_bits()),
            bus_timeout: Constant::new(BUS_TIMEOUT.to_bits()),
            max_words: Constant::new((MAX_WORDS as u64).to_bits()),
            request_sync: byte(REQUEST_SYNC),
            response_sync: byte(RESPONSE_SYNC),
            command_read: byte(COMMAND_READ),
            command_write: byte(COMMAND_WRITE),
            status_ok: byte(Status::Ok as u8),
            status_bad_checksum: byte(Status::BadChecksum as u8),
            status_bad_command: byte(Status::BadCommand as u8),
            status_bus_error: byte(Status::BusError as u8),
            count_frames_ok: index(counter::FRAMES_OK),
            count_bad_checksum: index(counter::BAD_CHECKSUM),
            count_bad_command: index(counter::BAD_COMMAND),
            count_truncated: index(counter::TRUNCATED),
            count_noise: index(counter::NOISE_BYTES),
            count_bus_errors: index(counter::BUS_ERRORS),
            count_framing_errors: index(counter::FRAMING_ERRORS),
            byte_zero: byte(0),
            lane_zero: Constant::new(0_u64.to_bits()),
            lane_one: Constant::new(1_u64.to_bits()),
            lane_two: Constant::new(2_u64.to_bits()),
            lane_three: Constant::new(3_u64.to_bits()),
            words_zero: Constant::new(0_u64.to_bits()),
            words_one: Constant::new(1_u64.to_bits()),
            idle_zero: Constant::new(0_u64.to_bits()),
            idle_one: Constant::new(1_u64.to_bits()),
            wait_zero: Constant::new(0_u64.to_bits()),
            wait_one: Constant::new(1_u64.to_bits()),
        }
    }
}

impl Logic for UartBridge {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, state, command, address, count, index, byte_index, assembly, rx_crc, tx_crc, status, words_done, request_address, idle_cycles, idle,
            bus_wait, request, count_now, count_cause
        );
        self.receiver.clock.next = self.clock.val();
        self.receiver.reset.next = self.reset.val();
        self.transmitter.clock.next = self.clock.val();
        self.transmitter.reset.next = self.reset.val();
        self.counters.clock.next = self.clock.val();
        self.counters.reset.next = self.reset.val();
        self.words.read_clock.next = self.clock.val();
        self.words.write_clock.next = self.clock.val();
        self.receiver.rx.next = self.rx.val();
        self.tx.next = self.transmitter.tx.val();

        // Counting: at most one count_now a cycle, registered, into the counter bank.
        self.count_now.d.next = false;
        self.counters.count.next = self.count_now.q.val();
        self.counters.count_index.next = self.count_cause.q.val();
        self.counters.read_index.next = self.counter_read_index.val();
        self.counter_read_value.next = self.counters.read_value.val();

        // CRC-8 of the request so far and of the response so far.
        self.request_crc.data_in.next = self.rx_crc.q.val() ^ self.receiver.data.val();

        // Cycles since the last received character (saturating): the idle-line detector.
        if !self.idle.q.val() {
            self.idle_cycles.d.next = self.idle_cycles.q.val() + self.idle_one.val();
            self.idle.d.next = self.idle_cycles.q.val() == self.idle_limit_minus_one.val();
        }
        if self.receiver.byte_valid.val() {
            self.idle_cycles.d.next = self.idle_zero.val();
            self.idle.d.next = false;
        }

        // Bus master outputs: the request is a registered pulse.
        self.request.d.next = false;
        self.bus_request.next = self.request.q.val();
        self.bus_write.next = self.command.q.val() == self.command_write.val();
        self.bus_address.next = self.request_address.q.val();
        self.bus_write_data.next = self.words.read_data.val();

        self.words.read_address.next = bit_cast::<6, 7>(self.index.q.val());
        self.words.write_enable.next = false;
        self.words.write_address.next = bit_cast::<6, 7>(self.index.q.val());
        self.words.write_data.next = self.bus_read_data.val();

        self.send.next = false;
        self.send_byte.next = self.response_sync.val();

        match self.state.q.val() {
            BridgeState::Hunt => {
                self.rx_crc.d.next = self.byte_zero.val();
                // Frames start only once the counters are cleared after reset (32 cycles).
                if self.receiver.byte_valid.val() & self.counters.ready.val() {
                    if self.receiver.data.val() == self.request_sync.val() {
                        self.rx_crc.d.next = self.request_crc.data_out.val();
                        self.state.d.next = BridgeState::Command;
                    } else {
                        self.count_now.d.next = true;
                        self.count_cause.d.next = self.count_noise.val();
                    }
                }
            }
            BridgeState::Command => {
                if self.receiver.byte_valid.val() {
                    self.rx_crc.d.next = self.request_crc.data_out.val();
                    self.command.d.next = self.receiver.data.val();
                    self.state.d.next = BridgeState::AddressHigh;
                    if (self.receiver.data.val() != self.command_read.val()) & (self.receiver.data.val() != self.command_write.val()) {
                        self.status.d.next = self.status_bad_command.val();
                        self.words_done.d.next = self.words_zero.val();
                        self.byte_index.d.next = self.lane_zero.val();
                        self.tx_crc.d.next = self.byte_zero.val();
                        self.count_now.d.next = true;
                        self.count_cause.d.next = self.count_bad_command.val();
                        self.state.d.next = BridgeState::Header;
                    }
                }
            }
            BridgeState::AddressHigh => {
                if self.receiver.byte_valid.val() {
                    self.rx_crc.d.next = self.request_crc.data_out.val();
                    self.address.d.next = bit_cast::<16, 8>(self.receiver.data.val()) << 8;
                    self.state.d.next = BridgeState::AddressLow;
                }
            }
            BridgeState::AddressLow => {
                if self.receiver.byte_valid.val() {
                    self.rx_crc.d.next = self.request_crc.data_out.val();
                    self.address.d.next = self.address.q.val() | bit_cast::<16, 8>(self.receiver.data.val());
                    self.state.d.next = BridgeState::Count;
                }
            }
            BridgeState::Count => {
                if self.receiver.byte_valid.val() {
                    self.rx_crc.d.next = self.request_crc.data_out.val();
                    self.count.d.next = bit_cast::<7, 8>(self.receiver.data.val());
                    self.index.d.next = self.words_zero.val();
                    self.byte_index.d.next = self.lane_zero.val();
                    if self.command.q.val() == self.command_write.val() {
                        self.state.d.next = BridgeState::Data;
                    } else {
                        self.state.d.next = BridgeState::Checksum;
                    }
                    if (self.receiver.data.val() == self.byte_zero.val()) | (self.receiver.data.val() > self.max_words.val()) {
                        self.status.d.next = self.status_bad_command.val();
                        self.words_done.d.next = self.words_zero.val();
                        self.tx_crc.d.next = self.byte_zero.val();
                        self.count_now.d.next = true;
                        self.count_cause.d.next = self.count_bad_command.val();
                        self.state.d.next = BridgeState::Header;
                    }
                }
            }
            BridgeState::Data => {
                if self.receiver.byte_valid.val() {
                    self.rx_crc.d.next = self.request_crc.data_out.val();
                    self.assembly.d.next = (self.assembly.q.val() << 8) | bit_cast::<32, 8>(self.receiver.data.val());
                    self.byte_index.d.next = self.byte_index.q.val() + self.lane_one.val();
                    if self.byte_index.q.val() == self.lane_three.val() {
                        self.words.write_enable.next = true;
                        self.words.write_data.next = (self.assembly.q.val() << 8) | bit_cast::<32, 8>(self.receiver.data.val());
                        self.index.d.next = self.index.q.val() + self.words_one.val();
                        if (self.index.q.val() + self.words_one.val()) == self.count.q.val() {
                            self.state.d.next = BridgeState::Checksum;
                        }
                    }
                }
            }
            BridgeState::Checksum => {
                if self.receiver.byte_valid.val() {
                    self.index.d.next = self.words_zero.val();
                    self.words_done.d.next = self.words_zero.val();
                    self.byte_index.d.next = self.lane_zero.val();
                    self.tx_crc.d.next = self.byte_zero.val();
                    if self.receiver.data.val() == self.rx_crc.q.val() {
                        self.status.d.next = self.status_ok.val();
                        self.state.d.next = BridgeState::Load;
                    } else {
                        self.status.d.next = self.status_bad_checksum.val();
                        self.count_now.d.next = true;
                        self.count_cause.d.next = self.count_bad_checksum.val();
                        self.state.d.next = BridgeState::Header;
                    }
                }
            }
            BridgeState::Load => {
                self.request_address.d.next = self.address.q.val() + bit_cast::<16, 7>(self.index.q.val());
                self.state.d.next = BridgeState::Issue;
            }
            BridgeState::Issue => {
                self.request.d.next = true;
                self.bus_wait.d.next = self.wait_zero.val();
                self.state.d.next = BridgeState::Wait;
            }
            BridgeState::Wait => {
                self.bus_wait.d.next = self.bus_wait.q.val() + self.wait_one.val();
                if self.bus_done.val() & !self.bus_error.val() {
                    self.words.write_enable.next = self.command.q.val() == self.command_read.val();
                    self.index.d.next = self.index.q.val() + self.words_one.val();
                    self.words_done.d.next = self.words_done.q.val() + self.words_one.val();
                    if (self.index.q.val() + self.words_one.val()) == self.count.q.val() {
                        self.index.d.next = self.words_zero.val();
                        self.state.d.next = BridgeState::Header;
                    } else {
                        self.state.d.next = BridgeState::Load;
                    }
                } else if self.bus_done.val() | (self.bus_wait.q.val() == self.bus_timeout.val()) {
                    self.status.d.next = self.status_bus_error.val();
                    self.count_now.d.next = true;
                    self.count_cause.d.next = self.count_bus_errors.val();
                    self.index.d.next = self.words_zero.val();
                    self.state.d.next = BridgeState::Header;
                }
            }
            BridgeState::Header => {
                if self.byte_index.q.val() == self.lane_one.val() {
                    self.send_byte.next = self.status.q.val();
                } else if self.byte_index.q.val() == self.lane_two.val() {
                    self.send_byte.next = self.command.q.val();
                } else if self.byte_index.q.val() == self.lane_three.val() {
                    self.send_byte.next = bit_cast::<8, 7>(self.words_done.q.val());
                }
                if !self.transmitter.busy.val() {
                    self.send.next = true;
                    self.byte_index.d.next = self.byte_index.q.val() + self.lane_one.val();
                    if self.byte_index.q.val() == self.lane_three.val() {
                        if (self.command.q.val() == self.command_read.val()) & self.words_done.q.val().any() {
                            self.state.d.next = BridgeState::Payload;
                        } else {
                            self.state.d.next = BridgeState::Trailer;
                        }
                    }
                }
            }
            BridgeState::Payload => {
                // Big-endian: byte 0 of a word is bits 31:24.
                self.send_byte.next = self.words.read_data.val().get_bits::<8>(24);
                if self.byte_index.q.val() == self.lane_one.val() {
                    self.send_byte.next = self.words.read_data.val().get_bits::<8>(16);
                } else if self.byte_index.q.val() == self.lane_two.val() {
                    self.send_byte.next = self.words.read_data.val().get_bits::<8>(8);
                } else if self.byte_index.q.val() == self.lane_three.val() {
                    self.send_byte.next = self.words.read_data.val().get_bits::<8>(0);
                }
                if !self.transmitter.busy.val() {
                    self.send.next = true;
                    self.byte_index.d.next = self.byte_index.q.val() + self.lane_one.val();
                    if self.byte_index.q.val() == self.lane_three.val() {
                        self.index.d.next = self.index.q.val() + self.words_one.val();
                        if (self.index.q.val() + self.words_one.val()) == self.words_done.q.val() {
                            self.state.d.next = BridgeState::Trailer;
                        }
                    }
                }
            }
            BridgeState::Trailer => {
                self.send_byte.next = self.tx_crc.q.val();
                if !self.transmitter.busy.val() {
                    self.send.next = true;
                    self.state.d.next = BridgeState::Hunt;
                    if self.status.q.val() == self.status_ok.val() {
                        self.count_now.d.next = true;
                        self.count_cause.d.next = self.count_frames_ok.val();
                    }
                    if self.status.q.val() == self.status_bad_command.val() {
                        self.state.d.next = BridgeState::Discard;
                    }
                }
            }
            BridgeState::Discard => {
                if self.idle.q.val() {
                    self.state.d.next = BridgeState::Hunt;
                }
            }
            _ => {
                self.state.d.next = BridgeState::Hunt;
            }
        }

        // The response byte chosen above goes out, and into the response's CRC.
        self.transmitter.send.next = self.send.val();
        self.transmitter.data.next = self.send_byte.val();
        self.response_crc.data_in.next = self.tx_crc.q.val() ^ self.send_byte.val();
        if self.send.val() {
            self.tx_crc.d.next = self.response_crc.data_out.val();
        }

        // Mid-frame, an idle line abandons the frame.
        if self.idle.q.val()
            & ((self.state.q.val() == BridgeState::Command)
                | (self.state.q.val() == BridgeState::AddressHigh)
                | (self.state.q.val() == BridgeState::AddressLow)
                | (self.state.q.val() == BridgeState::Count)
                | (self.state.q.val() == BridgeState::Data)
                | (self.state.q.val() == BridgeState::Checksum))
        {
            self.count_now.d.next = true;
            self.count_cause.d.next = self.count_truncated.val();
            self.state.d.next = BridgeState::Hunt;
        }
        // Characters that arrive while a frame executes or is answered are outside any frame.
        if self.receiver.byte_valid.val()
            & ((self.state.q.val() == BridgeState::Load)
                | (self.state.q.val() == BridgeState::Issue)
                | (self.state.q.val() == BridgeState::Wait)
                | (self.state.q.val() == BridgeState::Header)
                | (self.state.q.val() == BridgeState::Payload)
                | (self.state.q.val() == BridgeState::Trailer)
                | (self.state.q.val() == BridgeState::Discard))
        {
            self.count_now.d.next = true;
            self.count_cause.d.next = self.count_noise.val();
        }
        if self.receiver.framing_error.val() {
            self.count_now.d.next = true;
            self.count_cause.d.next = self.count_framing_errors.val();
        }
        if self.reset.val() {
            self.state.d.next = BridgeState::Hunt;
            self.request.d.next = false;
            self.count_now.d.next = false;
            self.idle_cycles.d.next = self.idle_zero.val();
            self.idle.d.next = false;
        }
    }
}
