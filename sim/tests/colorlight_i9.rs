//! The Colorlight i9's NIC (issue 27) in Verilator through its RGMII pins: a host on the wire
//! sends the whole-path self-test's frames (NVMe command capsules over RoCEv2, and its ACKs) as
//! RGMII symbols, each with its FCS, each once the NIC has sent the SENDs it waits for; controller
//! A's link is pulled where the image says — by the board's button, or by software over the
//! register bridge (`nvme.LINK_ADMIN_DOWN`). Every frame the NIC puts on the wire has a good FCS
//! and is byte for byte the frame the reference models expect, in order, and the QP on A fails
//! over to B on the way. Afterwards the counters are read over the board's UART, as
//! `nicctl stats` reads them: the MAC's (each brought across from its line clock) and the
//! connectors'.

use nic_hdl::board::nic_self_test_image::NicSelfTestImage;
use nic_hdl::bridge::protocol::{parse_response, read_request, write_request, Status};
use nic_hdl::registers::map::{Block, ID, MAC, MAGIC, NVME, ROCE};
use nic_hdl::tops::SIM_UART_CLOCKS_PER_BIT;
use nic_sim::bridge::uart::UartLine;
use nic_sim::mac::bursts::with_fcs;
use nic_sim::mac::clock_domains::ClockDomains;
use nic_sim::models::rgmii::{decode, encode};
use nic_sim::verilated::ColorlightI9Core;

/// Byte 42 of a frame: the BTH opcode; 0x11 is Acknowledge.
const OPCODE_BYTE: usize = 42;
const OPCODE_ACKNOWLEDGE: u8 = 0x11;
/// The core at 50 MHz; the board's 125 MHz transmit clock; the PHY's receive clock 100 ppm off it.
const CORE_PS: u64 = 20_000;
const TX_PS: u64 = 8_000;
const RX_PS: u64 = 8_001;
const CORE: usize = 0;
const TX: usize = 1;
const RX: usize = 2;
const RESET_EDGES: u64 = 4;
/// Receive byte times between frames the host sends (the inter-frame gap).
const HOST_GAP: usize = 12;
/// Core cycles without a new frame on the wire after which the run ends.
const QUIET_CORE_CYCLES: u64 = 20_000;
const DEADLINE_CORE_CYCLES: u64 = 2_000_000;
/// Core cycles a register access over the UART may take (a 64-word answer is 2 610 bit times).
const BRIDGE_CORE_CYCLES: u64 = 40_000;

/// Who takes controller A's link down.
#[derive(Clone, Copy, PartialEq)]
enum LinkPull {
    /// The board's button (the `pull_link_a` pin).
    Button,
    /// Software: `nvme.LINK_ADMIN_DOWN` written over the UART.
    Register,
}

/// The verilated board core, its three clocks, the host on its RGMII pins and the host's UART.
struct Board {
    dut: ColorlightI9Core,
    domains: ClockDomains,
    edges: [u64; 3],
    /// The symbols the host is sending (a frame and its gap), and how far it has got.
    symbols: Vec<Option<u8>>,
    at: usize,
    button: bool,
    uart: UartLine,
    /// The NIC's bytes on the wire while TX_EN, and its frames as they end.
    on_wire: Vec<u8>,
    sent_frames: Vec<Vec<u8>>,
    errored: bool,
}

impl Board {
    fn new() -> Self {
        Self {
            dut: ColorlightI9Core::new(),
            domains: ClockDomains::new(&[CORE_PS, TX_PS, RX_PS]),
            edges: [0; 3],
            symbols: Vec::new(),
            at: 0,
            button: false,
            uart: UartLine::new(SIM_UART_CLOCKS_PER_BIT),
            on_wire: Vec::new(),
            sent_frames: Vec::new(),
            errored: false,
        }
    }

    fn core_cycles(&self) -> u64 {
        self.edges[CORE]
    }

    /// Everything queued on the wire has gone.
    fn host_idle(&self) -> bool {
        self.at == self.symbols.len()
    }

    fn send(&mut self, frame: &[u8]) {
        self.symbols = with_fcs(7, frame).into_iter().map(Some).chain(std::iter::repeat_n(None, HOST_GAP)).collect();
        self.at = 0;
    }

    /// The NIC's SEND frames (anything but ACKs) on the wire so far.
    fn sends_seen(&self) -> usize {
        self.sent_frames.iter().filter(|f| f.get(OPCODE_BYTE + 8) != Some(&OPCODE_ACKNOWLEDGE)).count()
    }

    /// The next rising edge of any of the three clocks.
    fn step(&mut self) {
        let domain = self.domains.next_rise();
        let in_reset = self.edges[domain] < RESET_EDGES;
        self.edges[domain] += 1;
        let dut = &mut self.dut;
        match domain {
            CORE => {
                dut.set_clock(0);
                dut.set_reset(in_reset as u64);
                dut.set_pull_link_a(self.button as u64);
                let rx_level = self.uart.step(dut.uart_tx() != 0);
                dut.set_uart_rx(rx_level as u64);
                dut.eval();
                dut.set_clock(1);
                dut.eval();
            }
            TX => {
                dut.set_tx_reset(in_reset as u64);
                let mut halves = [(0u8, false); 2];
                for (half, level) in [(0, 1u64), (1, 0)] {
                    dut.set_tx_clock(level);
                    dut.eval();
                    halves[half] = (dut.rgmii_txd() as u8, dut.rgmii_tx_ctl() != 0);
                }
                let (byte, enable, error) = decode(halves);
                self.errored |= error;
                if enable {
                    self.on_wire.push(byte);
                } else if !self.on_wire.is_empty() {
                    self.sent_frames.push(std::mem::take(&mut self.on_wire));
                }
            }
            RX => {
                dut.set_rx_reset(in_reset as u64);
                let symbol = if in_reset { None } else { self.symbols.get(self.at).copied().flatten() };
                if !in_reset && self.at < self.symbols.len() {
                    self.at += 1;
                }
                let halves = match symbol {
                    Some(byte) => encode(byte, true, false),
                    None => encode(0, false, false),
                };
                for (half, level) in [(0, 1u64), (1, 0)] {
                    dut.set_rgmii_rxd(halves[half].0 as u64);
                    dut.set_rgmii_rx_ctl(halves[half].1 as u64);
                    dut.eval();
                    dut.set_rgmii_rxc(level);
                    dut.eval();
                }
            }
            _ => unreachable!("three clock domains"),
        }
    }

    /// One register access over the UART, as the host driver makes it: the request, then the
    /// clock runs (the wire too) until the whole answer is in.
    fn transact(&mut self, request: Vec<u8>) -> (Status, Vec<u32>) {
        self.uart.received.clear();
        self.uart.send(&request);
        let started = self.core_cycles();
        loop {
            self.step();
            if !self.uart.sending() {
                if let Ok((response, _)) = parse_response(&self.uart.received) {
                    return (response.status, response.data);
                }
            }
            assert!(
                self.core_cycles() - started < BRIDGE_CORE_CYCLES,
                "no answer over the UART in {BRIDGE_CORE_CYCLES} core cycles to {request:02x?}: received {:02x?}",
                self.uart.received
            );
        }
    }

    fn read(&mut self, address: u16, words: u8) -> Vec<u32> {
        let (status, data) = self.transact(read_request(address, words));
        assert_eq!(status, Status::Ok, "read of {words} words at {address:#06x}");
        data
    }

    fn write(&mut self, address: u16, value: u32) {
        let (status, _) = self.transact(write_request(address, &[value]));
        assert_eq!(status, Status::Ok, "write of {value:#x} at {address:#06x}");
    }
}

fn a_host_on_the_rgmii_pins_gets_the_models_answers_through_a_failover(pull: LinkPull) {
    let image = NicSelfTestImage::committed();
    assert!(image.frames.iter().any(|f| f.pull_link_a), "the image pulls controller A's link");
    let mut board = Board::new();
    let mut next_frame = 0;
    let mut last_progress = 0u64;
    let mut frames_seen = 0;
    let mut link_a_pulled = false;
    loop {
        board.step();
        if board.sent_frames.len() != frames_seen {
            frames_seen = board.sent_frames.len();
            last_progress = board.core_cycles();
        }
        // The host sends its next frame once the NIC has sent the SENDs it waits for.
        if board.dut.ready() != 0 && board.host_idle() && next_frame < image.frames.len() && board.sends_seen() >= image.frames[next_frame].gate as usize {
            let frame = &image.frames[next_frame];
            if frame.pull_link_a && !link_a_pulled {
                link_a_pulled = true;
                match pull {
                    LinkPull::Button => board.button = true,
                    LinkPull::Register => board.write(NVME.address("LINK_ADMIN_DOWN"), 1),
                }
            }
            board.send(&frame.bytes);
            next_frame += 1;
            last_progress = board.core_cycles();
        }
        let all_sent = next_frame == image.frames.len() && board.host_idle();
        if all_sent && board.core_cycles() - last_progress > QUIET_CORE_CYCLES {
            break;
        }
        assert!(
            board.core_cycles() < DEADLINE_CORE_CYCLES,
            "no end by {DEADLINE_CORE_CYCLES} core cycles: {next_frame} of {} host frames sent, {} frames from the NIC",
            image.frames.len(),
            board.sent_frames.len()
        );
        if !all_sent && board.core_cycles() - last_progress > QUIET_CORE_CYCLES {
            panic!(
                "stuck: host frame {next_frame} waits for {} SENDs, the NIC sent {} frames (ready {}, rx_frames {}, tx_frames {})",
                image.frames[next_frame.min(image.frames.len() - 1)].gate,
                board.sent_frames.len(),
                board.dut.ready(),
                board.dut.rx_frames(),
                board.dut.tx_frames()
            );
        }
    }

    eprintln!("core cycles {}, host frames {}, NIC frames {}", board.core_cycles(), next_frame, board.sent_frames.len());
    assert!(!board.errored, "no byte on the wire was errored");
    assert_eq!(board.dut.rx_frames(), image.frames.len() as u64, "the MAC took every host frame as good");
    assert_eq!(board.dut.rx_fcs_errors(), 0);
    let (mut acks, mut sends) = (Vec::new(), Vec::new());
    for (i, wire) in board.sent_frames.iter().enumerate() {
        assert!(wire.len() > 12 && wire[..7] == [0x55; 7] && wire[7] == 0xD5, "NIC frame {i}: preamble and delimiter");
        let frame_and_fcs = &wire[8..];
        let mut crc = crc32fast::Hasher::new();
        crc.update(&frame_and_fcs[..frame_and_fcs.len() - 4]);
        assert_eq!(crc.finalize().to_le_bytes(), frame_and_fcs[frame_and_fcs.len() - 4..], "NIC frame {i}: FCS");
        let frame = frame_and_fcs[..frame_and_fcs.len() - 4].to_vec();
        if frame.get(OPCODE_BYTE) == Some(&OPCODE_ACKNOWLEDGE) {
            acks.push(frame);
        } else {
            sends.push(frame);
        }
    }
    assert_eq!(acks.len(), image.acks.len(), "ACK frames");
    assert_eq!(sends.len(), image.sends.len(), "SEND frames");
    for (i, (got, want)) in acks.iter().zip(&image.acks).enumerate() {
        assert!(got == want, "ACK {i} differs from the models'\n got {got:02x?}\nwant {want:02x?}");
    }
    for (i, (got, want)) in sends.iter().zip(&image.sends).enumerate() {
        assert!(got == want, "SEND {i} differs from the models'\n got {got:02x?}\nwant {want:02x?}");
    }
    assert!(board.dut.failovers() >= 1, "the QP on controller A failed over to B");
    assert_eq!(board.dut.tx_frames(), board.sent_frames.len() as u64);

    // The counters over the UART, as `nicctl stats` reads them.
    assert_eq!(board.read(ID.address("MAGIC"), 1), [MAGIC], "id.MAGIC");
    // id.BLOCKS: bits 0-2 (id, bridge, power), 3 (nvme at 0x0300), 5 (mac, 0x0500), 6 (roce, 0x0600).
    assert_eq!(board.read(ID.address("BLOCKS"), 1), [0b110_1111], "id.BLOCKS");
    let mac = board.read(MAC.base, MAC.registers.len() as u8);
    let mac_register = |name: &str| mac[MAC.register(name).offset as usize];
    assert_eq!(mac_register("RX_FRAMES"), image.frames.len() as u32, "mac.RX_FRAMES: every host frame");
    assert_eq!(mac_register("TX_FRAMES"), board.sent_frames.len() as u32, "mac.TX_FRAMES: every frame on the wire");
    for cause in ["RX_PHY_ERRORS", "RX_RUNTS", "RX_OVERSIZE", "RX_FCS_ERRORS", "RX_FRAMING_ERRORS", "RX_OVERFLOWS", "TX_UNDERRUNS", "TX_OVERSIZE"] {
        assert_eq!(mac_register(cause), 0, "mac.{cause}");
    }
    let status = board.read(NVME.address("STATUS"), 1)[0];
    let field = |name: &str| NVME.register("STATUS").field(name).extract(status);
    assert_eq!(field("LINK_UP"), 0b10, "nvme.STATUS.LINK_UP: A down, B up");
    assert_eq!(field("AVAILABLE"), 0b10, "nvme.STATUS.AVAILABLE: only B takes QPs");
    assert_eq!(board.read(NVME.address("FAILOVERS"), 1), [board.dut.failovers() as u32], "nvme.FAILOVERS");
    let capsules = image.frames.iter().filter(|f| f.bytes.get(OPCODE_BYTE) != Some(&OPCODE_ACKNOWLEDGE)).count() as u32;
    let dispatched = board.read(NVME.address("PACKETS_DISPATCHED"), 1)[0];
    assert_eq!(dispatched, capsules, "nvme.PACKETS_DISPATCHED: every host SEND");
    let completions = board.read(NVME.address("C0_COMPLETIONS_DELIVERED"), 1)[0] + board.read(NVME.address("C1_COMPLETIONS_DELIVERED"), 1)[0];
    assert_eq!(completions, image.sends.len() as u32, "nvme.C*_COMPLETIONS_DELIVERED: a SEND to the host each");
    // QP 0: enabled on connector 0 with home controller A (0x1); QP 1: enabled on connector 1 with
    // home B (0x7), at bits 7:4 — the board's QPs, fixed by its build.
    assert_eq!(board.read(NVME.address("QP_MAP_LOW"), 1), [0x71], "nvme.QP_MAP_LOW");
    board.write(NVME.address("QP_CONFIG"), 1 << 16 | 2);
    let status = board.read(NVME.address("STATUS"), 1)[0];
    assert_eq!(NVME.register("STATUS").field("CONFIG_REFUSED").extract(status), 1, "QP_CONFIG is refused on a board with fixed QPs");
    assert_eq!(board.read(NVME.address("QP_MAP_LOW"), 1), [0x71], "a refused QP_CONFIG changes nothing");
    // The transport's counters: every host frame accepted and delivered in sequence, every NIC
    // frame counted by the path that sent it, nothing dropped, no QP in error.
    let roce = read_block(&mut board, &ROCE);
    let roce_register = |name: &str| roce.iter().find(|(n, _)| *n == name).map(|(_, v)| *v).unwrap_or_else(|| panic!("roce.{name}"));
    assert_eq!(roce_register("RX_ACCEPTED"), image.frames.len() as u32, "roce.RX_ACCEPTED");
    for (name, value) in &roce {
        if name.starts_with("RX_DROPPED_") || ["RESPONDER_DUPLICATE", "RESPONDER_OUT_OF_SEQUENCE_NAK", "RESPONDER_OUT_OF_SEQUENCE_SILENT", "RESPONDER_RECEIVER_NOT_READY", "RESPONDER_INVALID_REQUEST", "RX_UNKNOWN_QP", "RX_NOT_SERVED", "TX_BAD_DESCRIPTORS", "TX_PAYLOAD_MISMATCHES", "QP_ERROR"].contains(name) {
            assert_eq!(*value, 0, "roce.{name}");
        }
    }
    assert_eq!(roce_register("RESPONDER_ACCEPTED_ACKED") + roce_register("RESPONDER_ACCEPTED_COALESCED"), capsules, "roce.RESPONDER_ACCEPTED_*: every capsule packet");
    assert_eq!(roce_register("ACKS_SENT"), image.acks.len() as u32, "roce.ACKS_SENT");
    assert_eq!(roce_register("REQUESTER_PACKETS_SENT"), image.sends.len() as u32, "roce.REQUESTER_PACKETS_SENT");
    assert_eq!(roce_register("TX_FRAMES"), board.sent_frames.len() as u32, "roce.TX_FRAMES");
    // An address no block answers is a bus error, not a hang.
    assert_eq!(board.transact(read_request(ROCE.base + 0x13, 1)).0, Status::BusError, "between the roce block's groups");
    assert_eq!(board.transact(read_request(ROCE.base + 0x100, 1)).0, Status::BusError, "beyond the last block");
}

/// Every register of `block`, read in runs of consecutive offsets (a gap is unmapped).
fn read_block(board: &mut Board, block: &Block) -> Vec<(&'static str, u32)> {
    let mut values = Vec::new();
    let mut registers = block.registers.iter().peekable();
    while let Some(first) = registers.next() {
        let mut run = vec![first];
        while let Some(next) = registers.next_if(|r| r.offset == run.last().unwrap().offset + 1) {
            run.push(next);
        }
        let words = board.read(block.base + first.offset, run.len() as u8);
        values.extend(run.iter().zip(words).map(|(r, v)| (r.name, v)));
    }
    values
}

#[test]
fn failover_by_the_button() {
    a_host_on_the_rgmii_pins_gets_the_models_answers_through_a_failover(LinkPull::Button);
}

#[test]
fn failover_by_software_over_the_uart() {
    a_host_on_the_rgmii_pins_gets_the_models_answers_through_a_failover(LinkPull::Register);
}
