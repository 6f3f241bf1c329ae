//! The Alchitry Cu design (docs/board.md): its self-test image is the reference models', and the
//! verilated board core runs the self-test and reports it over its UART.

use nic_hdl::board::self_test_image::{SelfTestImage, RX_IMAGE};
use nic_sim::board::{rx_self_test_image, IMAGE_HEADER, IMAGE_PATH};

#[test]
fn the_committed_self_test_image_is_what_the_models_make() {
    let made = rx_self_test_image().to_text(IMAGE_HEADER);
    if std::env::var_os("NIC_BLESS").is_some() {
        std::fs::write(IMAGE_PATH, &made).unwrap();
        return;
    }
    assert!(
        made == RX_IMAGE,
        "hdl/self_test/rx.txt is stale: rewrite it with `NIC_BLESS=1 cargo test -p nic-sim --test board` (and rebuild)"
    );
    let image = SelfTestImage::parse(&made).unwrap();
    assert!(image.beats().len() < 256, "{} beats: the board's stimulus ROM holds 255", image.beats().len());
    let verdicts: std::collections::BTreeSet<u8> = image.frames.iter().map(|f| f.expected.verdict).collect();
    assert!(verdicts.len() >= 12, "the image exercises accepted frames and at least 11 drop causes: {verdicts:?}");
}

mod board_core {
    use nic_hdl::board::{CORE_CLOCK_HZ, UART_BAUD};
    use nic_hdl::bridge::protocol::{self, Status};
    use nic_hdl::board::self_test_image::SelfTestImage;
    use nic_hdl::registers::map::SELFTEST;
    use nic_hdl::roce::wire::DropCause;
    use nic_sim::bridge::uart::UartLine;
    use nic_sim::verilated::AlchitryCuCore;

    /// The verilated board core and the host's end of its serial port, at the board's baud rate.
    struct Board {
        dut: AlchitryCuCore,
        line: UartLine,
        cycle: u64,
    }

    impl Board {
        fn new() -> Self {
            let clocks_per_bit = ((CORE_CLOCK_HZ + UART_BAUD / 2) / UART_BAUD) as u32;
            let mut board = Self { dut: AlchitryCuCore::new(), line: UartLine::new(clocks_per_bit), cycle: 0 };
            board.dut.set_reset(1);
            board.step();
            board.dut.set_reset(0);
            board
        }

        fn step(&mut self) {
            let d = &mut self.dut;
            d.set_ac_ok(1);
            d.set_backup_ok(1);
            d.eval();
            let rx = self.line.step(d.uart_tx() != 0);
            d.set_uart_rx(rx as u64);
            d.cycle();
            self.cycle += 1;
        }

        /// One bridge transaction over the UART; the response's status must be OK.
        fn transact(&mut self, request: Vec<u8>) -> Vec<u32> {
            self.line.received.clear();
            self.line.send(&request);
            let deadline = self.cycle + 2_000_000;
            loop {
                self.step();
                match protocol::parse_response(&self.line.received) {
                    Ok((response, _)) => {
                        assert_eq!(response.status, Status::Ok, "{response:?}");
                        return response.data;
                    }
                    Err(protocol::ResponseError::Incomplete) => assert!(self.cycle < deadline, "no answer over the UART"),
                    Err(e) => panic!("bad response {e:?}: {:02x?}", self.line.received),
                }
            }
        }

        fn read(&mut self, register: &str) -> u32 {
            self.transact(protocol::read_request(SELFTEST.address(register), 1))[0]
        }

        fn write(&mut self, register: &str, value: u32) {
            self.transact(protocol::write_request(SELFTEST.address(register), &[value]));
        }

        /// Every self-test register, for failure messages.
        fn summary(&mut self) -> String {
            ["STATUS", "FRAMES_SENT", "FRAMES_CHECKED", "MISMATCHES", "FIRST_MISMATCH", "RUN_CYCLES", "RUNS", "RUNS_PASSED"]
                .map(|r| format!("{r}={:#x}", self.read(r)))
                .join(" ")
        }

        /// Runs until the self-test is no longer running (it starts itself after reset).
        fn wait_for_the_self_test(&mut self) {
            let deadline = self.cycle + 200_000;
            while self.dut.led_self_test_passed() == 0 && self.dut.led_self_test_failed() == 0 {
                assert!(self.cycle < deadline, "the self-test did not finish");
                self.step();
            }
        }
    }

    #[test]
    fn the_board_core_passes_its_self_test_and_reports_it_over_the_uart() {
        let image = SelfTestImage::committed();
        let mut board = Board::new();
        board.wait_for_the_self_test();
        if board.dut.led_self_test_passed() != 1 {
            panic!("the self-test failed: {}", board.summary());
        }
        let status = SELFTEST.register("STATUS");
        let word = board.read("STATUS");
        assert_eq!(status.field("PASSED").extract(word), 1, "STATUS {word:#x}");
        assert_eq!(status.field("FAILED").extract(word), 0, "STATUS {word:#x}");
        let frames = image.frames.len() as u32;
        assert_eq!(board.read("IMAGE_FRAMES"), frames);
        assert_eq!(board.read("FRAMES_SENT"), frames);
        assert_eq!(board.read("FRAMES_CHECKED"), frames);
        assert_eq!(board.read("MISMATCHES"), 0);
        let cycles = board.read("RUN_CYCLES");
        assert!(cycles as usize >= image.beats().len(), "a run takes at least a cycle a beat: {cycles}");
        // The parser's counters over the UART: each cause as often as the model said.
        let expected = |code: u8| image.frames.iter().filter(|f| f.expected.verdict == code).count() as u32;
        assert_eq!(board.read("RX_ACCEPTED"), expected(0));
        for cause in DropCause::ALL {
            let name = format!("RX_DROPPED_{}", cause.name().to_uppercase());
            assert_eq!(board.read(&name), expected(cause.code()), "{name}");
        }
        println!("self-test: {frames} frames, {} beats, {cycles} cycles", image.beats().len());

        // With a fault injected the run must fail, at the frame whose ICRC was flipped, for its
        // verdict; a clean run after it passes again.
        board.write("CONTROL", 0b11);
        board.wait_for_the_self_test();
        assert_eq!(board.dut.led_self_test_failed(), 1, "LED: failed");
        let word = board.read("STATUS");
        assert_eq!(status.field("FAILED").extract(word), 1, "STATUS {word:#x}");
        assert_eq!(status.field("MISMATCH_VERDICT").extract(word), 1, "STATUS {word:#x}");
        let first_accepted = image.frames.iter().position(|f| f.expected.verdict == 0).unwrap() as u32;
        assert_eq!(board.read("FIRST_MISMATCH"), first_accepted);
        assert_eq!(board.read("MISMATCHES"), 1);
        board.write("CONTROL", 0b01);
        board.wait_for_the_self_test();
        assert_eq!(board.read("RUNS"), 3);
        assert_eq!(board.read("RUNS_PASSED"), 2);
    }
}
