//! The whole-path self-test (`nic_hdl::board::nic_self_test`): its image is the reference
//! models', and the verilated self-test — the NIC core between host frames from ROM and a checker,
//! with loopback controllers on its links — passes it, sends exactly the model's frames, fails
//! over from A to B on the way, and fails when a fault is injected.

use nic_hdl::board::nic_self_test_image::{NicSelfTestImage, NIC_IMAGE};
use nic_sim::nic_self_test::{nic_self_test_image, NIC_IMAGE_HEADER, NIC_IMAGE_PATH};

#[test]
fn the_committed_image_is_what_the_models_make() {
    let made = nic_self_test_image().to_text(NIC_IMAGE_HEADER);
    if std::env::var_os("NIC_BLESS").is_some() {
        std::fs::write(NIC_IMAGE_PATH, &made).unwrap();
        return;
    }
    assert!(
        made == NIC_IMAGE,
        "hdl/self_test/nic.txt is stale: rewrite it with `NIC_BLESS=1 cargo test -p nic-sim --test nic_self_test` (and rebuild)"
    );
    let image = NicSelfTestImage::parse(&made).unwrap();
    assert_eq!((image.frames.len(), image.acks.len(), image.sends.len()), (15, 12, 12));
}

mod rtl {
    use nic_hdl::board::nic_self_test::{MISMATCH_ACK, MISMATCH_TIMEOUT};
    use nic_hdl::board::nic_self_test_image::NicSelfTestImage;
    use nic_sim::verilated::NicSelfTest;

    /// Byte 42 of a frame: the BTH opcode.
    const OPCODE_BYTE: usize = 42;
    const RUN_DEADLINE: u64 = 100_000;

    struct Bench {
        dut: NicSelfTest,
        cycle: u64,
        /// Every frame the NIC sent since the last `clear`.
        frames: Vec<Vec<u8>>,
        partial: Vec<u8>,
    }

    impl Bench {
        fn new() -> Self {
            let mut bench = Self { dut: NicSelfTest::new(), cycle: 0, frames: Vec::new(), partial: Vec::new() };
            bench.dut.set_reset(1);
            bench.step();
            bench.dut.set_reset(0);
            bench
        }

        fn step(&mut self) {
            let d = &mut self.dut;
            d.eval();
            if d.tx_tvalid() != 0 {
                let (data, keep) = (d.tx_tdata(), d.tx_tkeep());
                self.partial.extend((0..8).filter(|lane| keep >> lane & 1 == 1).map(|lane| (data >> (8 * lane)) as u8));
                if d.tx_tlast() != 0 {
                    self.frames.push(std::mem::take(&mut self.partial));
                }
            }
            d.cycle();
            d.set_start(0);
            self.cycle += 1;
        }

        /// Runs until the current run has ended; returns its cycles.
        fn finish(&mut self) -> u64 {
            let start = self.cycle;
            while self.dut.running() != 0 || (self.dut.passed() == 0 && self.dut.failed() == 0) {
                assert!(self.cycle - start < RUN_DEADLINE, "the self-test did not finish in {RUN_DEADLINE} cycles");
                self.step();
            }
            self.cycle - start
        }

        fn start(&mut self, inject_fault: bool) {
            self.frames.clear();
            self.dut.set_inject_fault(inject_fault as u64);
            self.dut.set_start(1);
            self.step();
            assert!(self.dut.passed() == 0 && self.dut.failed() == 0, "a run clears the last verdict");
        }

        fn summary(&self) -> String {
            let d = &self.dut;
            format!(
                "passed {} failed {} frames_sent {} acks {} sends {} mismatches {} first {} kinds {:#x} cycles {}",
                d.passed(),
                d.failed(),
                d.frames_sent(),
                d.acks_checked(),
                d.sends_checked(),
                d.mismatches(),
                d.first_mismatch(),
                d.mismatch_kinds(),
                d.run_cycles()
            )
        }
    }

    #[test]
    fn the_self_test_passes_sends_the_models_frames_fails_over_and_catches_a_fault() {
        let image = NicSelfTestImage::committed();
        let mut bench = Bench::new();
        let cycles = bench.finish();
        assert_eq!(bench.dut.passed(), 1, "{}", bench.summary());
        let d = &bench.dut;
        assert_eq!(d.frames_sent() as usize, image.frames.len());
        assert_eq!((d.acks_checked() as usize, d.sends_checked() as usize), (image.acks.len(), image.sends.len()));
        assert_eq!(d.mismatches(), 0);
        assert_eq!((d.failovers(), d.takeovers_acked()), (1, 1), "link A pulled: one failover, QP 0's TAKEOVER acknowledged by B");
        // The checker compares signatures; the bench compares every byte with the models' frames.
        let (acks, sends): (Vec<Vec<u8>>, Vec<Vec<u8>>) = bench.frames.iter().cloned().partition(|f| f[OPCODE_BYTE] == 0x11);
        assert_eq!(acks.len(), image.acks.len());
        for (k, (got, want)) in acks.iter().zip(&image.acks).enumerate() {
            assert_eq!(got, want, "ACK frame {k}");
        }
        assert_eq!(sends.len(), image.sends.len());
        for (k, (got, want)) in sends.iter().zip(&image.sends).enumerate() {
            assert_eq!(got, want, "SEND frame {k}");
        }
        println!("whole-path self-test: {} host frames, {} frames back, {} cycles from the core's reset to the end ({cycles} from the testbench's reset)", image.frames.len(), bench.frames.len(), bench.dut.run_cycles());

        // A flipped ICRC bit in the first capsule: the NIC drops it, NAKs the next one for its
        // PSN, and the checker fails the run at the NIC's first frame.
        bench.start(true);
        bench.finish();
        assert_eq!(bench.dut.failed(), 1, "{}", bench.summary());
        let kinds = bench.dut.mismatch_kinds();
        assert!(kinds & MISMATCH_ACK != 0 && kinds & MISMATCH_TIMEOUT != 0, "{}", bench.summary());
        assert_eq!(bench.dut.first_mismatch(), 0, "{}", bench.summary());
        assert_eq!(bench.frames[0][OPCODE_BYTE + 12], 0x60, "the NIC's first frame is a NAK (PSN sequence error)");

        // Each run starts from a reset core: a clean run passes again.
        bench.start(false);
        bench.finish();
        assert_eq!(bench.dut.passed(), 1, "{}", bench.summary());
        assert_eq!((bench.dut.runs(), bench.dut.runs_passed()), (3, 2));
    }
}

mod ulx3s {
    use nic_sim::verilated::Ulx3s;

    /// Cycles until the LEDs say passed or failed.
    fn until_done(board: &mut Ulx3s) -> u64 {
        for cycle in 0..100_000 {
            board.eval();
            if board.led_self_test_running() == 0 && (board.led_self_test_passed() | board.led_self_test_failed()) != 0 {
                return cycle;
            }
            board.cycle();
        }
        panic!("the ULX3S's self-test did not finish");
    }

    /// Holds a button for a while, as a hand would.
    fn press(board: &mut Ulx3s, set: fn(&mut Ulx3s, u64)) {
        set(board, 1);
        for _ in 0..1000 {
            board.cycle();
        }
        set(board, 0);
        for _ in 0..10 {
            board.cycle();
        }
    }

    #[test]
    fn the_ulx3s_runs_the_self_test_at_power_on_and_from_its_buttons() {
        let mut board = Ulx3s::new();
        until_done(&mut board);
        assert_eq!((board.led_self_test_passed(), board.led_failed_over()), (1, 1), "passed, with the failover");
        assert_eq!(board.led_mismatch_ack() | board.led_mismatch_send() | board.led_timeout(), 0);
        // FIRE2: a fault injected, so the run fails: a NAK where an ACK was due, then silence.
        press(&mut board, Ulx3s::set_btn_fire2);
        until_done(&mut board);
        assert_eq!((board.led_self_test_failed(), board.led_mismatch_ack(), board.led_timeout()), (1, 1, 1));
        // FIRE1: a clean run passes again.
        press(&mut board, Ulx3s::set_btn_fire1);
        until_done(&mut board);
        assert_eq!((board.led_self_test_passed(), board.led_mismatch_ack()), (1, 0));
    }
}
