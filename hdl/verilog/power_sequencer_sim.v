// power_sequencer_sim: generated from RustHDL by nic-hdl. Do not edit; regenerate with
// `cargo run -p nicctl -- emit --out hdl/verilog`.


module power_sequencer_sim(clock,reset,ac_ok,orderly_shutdown,backup_ok,pg,bios_vault_done,bios_vault_failed,power_button,rearm,flag_clear,rail_en,cpu_reboot,power_off_flag,state,rail_index,pg_watched,step_cycles,vault_elapsed,ac_good,fault,fault_rails,fault_pg_timeout,fault_pg_lost,vault_impossible,vault_failed,watchdog_expired,vault_count,last_vault_cycles,watchdog_expiries);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  ac_ok;
    input wire  orderly_shutdown;
    input wire  backup_ok;
    input wire  [7:0] pg;
    input wire  bios_vault_done;
    input wire  bios_vault_failed;
    input wire  power_button;
    input wire  rearm;
    input wire  flag_clear;
    output reg  [7:0] rail_en;
    output reg  cpu_reboot;
    output reg  power_off_flag;
    output reg  [3:0] state;
    output reg  [2:0] rail_index;
    output reg  [7:0] pg_watched;
    output reg  [31:0] step_cycles;
    output reg  [31:0] vault_elapsed;
    output reg  ac_good;
    output reg  fault;
    output reg  [7:0] fault_rails;
    output reg  fault_pg_timeout;
    output reg  fault_pg_lost;
    output reg  vault_impossible;
    output reg  vault_failed;
    output reg  watchdog_expired;
    output reg  [31:0] vault_count;
    output reg  [31:0] last_vault_cycles;
    output reg  [31:0] watchdog_expiries;
    
    // Constant declarations
    localparam  ac_debounce_minus_one = 32'h7;
    localparam  last_rail = 3'b111;
    localparam  first_shed_rail = 3'b100;
    localparam  last_protected_rail = 3'b11;
    localparam  first_rail = 3'b0;
    localparam  next_rail = 3'b1;
    localparam  last_rail_bit = 8'h80;
    localparam  below_last_protected_rail = 8'h7;
    localparam  rail_zero = 8'h1;
    localparam  no_cycles = 32'h0;
    localparam  one_cycle = 32'h1;
    localparam  no_rails = 8'h0;
    localparam  vault_watchdog_minus_one = 32'h12b;
    
    // Enums
    localparam PowerState$Off = 0;
    localparam PowerState$PowerOn = 1;
    localparam PowerState$Run = 2;
    localparam PowerState$Shutdown = 3;
    localparam PowerState$Shed = 4;
    localparam PowerState$SetFlag = 5;
    localparam PowerState$Reboot = 6;
    localparam PowerState$VaultWait = 7;
    localparam PowerState$VaultOff = 8;
    localparam PowerState$AcWait = 9;
    localparam PowerState$Fault = 10;
    
    // Stub signals
    reg  [3:0] fsm$d;
    wire  [3:0] fsm$q;
    reg  fsm$clock;
    reg  [7:0] rails_on$d;
    wire  [7:0] rails_on$q;
    reg  rails_on$clock;
    reg  [7:0] pg_expected$d;
    wire  [7:0] pg_expected$q;
    reg  pg_expected$clock;
    reg  [2:0] rail$d;
    wire  [2:0] rail$q;
    reg  rail$clock;
    reg  ac_level$d;
    wire  ac_level$q;
    reg  ac_level$clock;
    reg  [31:0] ac_count$d;
    wire  [31:0] ac_count$q;
    reg  ac_count$clock;
    reg  [31:0] watchdog$d;
    wire  [31:0] watchdog$q;
    reg  watchdog$clock;
    reg  step$clock;
    reg  step$restart;
    wire  [31:0] step$cycles;
    wire  step$reached_off_gap;
    wire  step$reached_shed_gap;
    wire  step$reached_pg_timeout;
    wire  step$reached_reboot_pulse;
    reg  settle$clock;
    reg  settle$level;
    reg  settle$enable;
    reg  settle$restart;
    wire  settle$reached;
    reg  loss$clock;
    reg  loss$level;
    reg  loss$enable;
    reg  loss$restart;
    wire  loss$reached;
    reg  all_good$clock;
    reg  all_good$level;
    reg  all_good$enable;
    reg  all_good$restart;
    wire  all_good$reached;
    reg  watchdog_reached_limit$d;
    wire  watchdog_reached_limit$q;
    reg  watchdog_reached_limit$clock;
    reg  flag$d;
    wire  flag$q;
    reg  flag$clock;
    reg  reboot$d;
    wire  reboot$q;
    reg  reboot$clock;
    reg  [7:0] fault_rails_latched$d;
    wire  [7:0] fault_rails_latched$q;
    reg  fault_rails_latched$clock;
    reg  pg_timeout_latched$d;
    wire  pg_timeout_latched$q;
    reg  pg_timeout_latched$clock;
    reg  pg_lost_latched$d;
    wire  pg_lost_latched$q;
    reg  pg_lost_latched$clock;
    reg  vault_impossible_latched$d;
    wire  vault_impossible_latched$q;
    reg  vault_impossible_latched$clock;
    reg  vault_failed_latched$d;
    wire  vault_failed_latched$q;
    reg  vault_failed_latched$clock;
    reg  watchdog_expired_latched$d;
    wire  watchdog_expired_latched$q;
    reg  watchdog_expired_latched$clock;
    reg  [31:0] vault_counter$d;
    wire  [31:0] vault_counter$q;
    reg  vault_counter$clock;
    reg  [31:0] last_vault_counter$d;
    wire  [31:0] last_vault_counter$q;
    reg  last_vault_counter$clock;
    reg  [31:0] watchdog_counter$d;
    wire  [31:0] watchdog_counter$q;
    reg  watchdog_counter$clock;
    
    // Local signals
    reg  [7:0] rail_bit;
    reg  [7:0] pg_missing;
    reg  rail_settled;
    reg  pg_lost_now;
    reg  in_vault;
    
    // Sub module instances
    power_sequencer_sim$fsm fsm(
        .d(fsm$d),
        .q(fsm$q),
        .clock(fsm$clock)
    );
    power_sequencer_sim$rails_on rails_on(
        .d(rails_on$d),
        .q(rails_on$q),
        .clock(rails_on$clock)
    );
    power_sequencer_sim$pg_expected pg_expected(
        .d(pg_expected$d),
        .q(pg_expected$q),
        .clock(pg_expected$clock)
    );
    power_sequencer_sim$rail rail(
        .d(rail$d),
        .q(rail$q),
        .clock(rail$clock)
    );
    power_sequencer_sim$ac_level ac_level(
        .d(ac_level$d),
        .q(ac_level$q),
        .clock(ac_level$clock)
    );
    power_sequencer_sim$ac_count ac_count(
        .d(ac_count$d),
        .q(ac_count$q),
        .clock(ac_count$clock)
    );
    power_sequencer_sim$watchdog watchdog(
        .d(watchdog$d),
        .q(watchdog$q),
        .clock(watchdog$clock)
    );
    power_sequencer_sim$step step(
        .clock(step$clock),
        .restart(step$restart),
        .cycles(step$cycles),
        .reached_off_gap(step$reached_off_gap),
        .reached_shed_gap(step$reached_shed_gap),
        .reached_pg_timeout(step$reached_pg_timeout),
        .reached_reboot_pulse(step$reached_reboot_pulse)
    );
    power_sequencer_sim$settle settle(
        .clock(settle$clock),
        .level(settle$level),
        .enable(settle$enable),
        .restart(settle$restart),
        .reached(settle$reached)
    );
    power_sequencer_sim$loss loss(
        .clock(loss$clock),
        .level(loss$level),
        .enable(loss$enable),
        .restart(loss$restart),
        .reached(loss$reached)
    );
    power_sequencer_sim$all_good all_good(
        .clock(all_good$clock),
        .level(all_good$level),
        .enable(all_good$enable),
        .restart(all_good$restart),
        .reached(all_good$reached)
    );
    power_sequencer_sim$watchdog_reached_limit watchdog_reached_limit(
        .d(watchdog_reached_limit$d),
        .q(watchdog_reached_limit$q),
        .clock(watchdog_reached_limit$clock)
    );
    power_sequencer_sim$flag flag(
        .d(flag$d),
        .q(flag$q),
        .clock(flag$clock)
    );
    power_sequencer_sim$reboot reboot(
        .d(reboot$d),
        .q(reboot$q),
        .clock(reboot$clock)
    );
    power_sequencer_sim$fault_rails_latched fault_rails_latched(
        .d(fault_rails_latched$d),
        .q(fault_rails_latched$q),
        .clock(fault_rails_latched$clock)
    );
    power_sequencer_sim$pg_timeout_latched pg_timeout_latched(
        .d(pg_timeout_latched$d),
        .q(pg_timeout_latched$q),
        .clock(pg_timeout_latched$clock)
    );
    power_sequencer_sim$pg_lost_latched pg_lost_latched(
        .d(pg_lost_latched$d),
        .q(pg_lost_latched$q),
        .clock(pg_lost_latched$clock)
    );
    power_sequencer_sim$vault_impossible_latched vault_impossible_latched(
        .d(vault_impossible_latched$d),
        .q(vault_impossible_latched$q),
        .clock(vault_impossible_latched$clock)
    );
    power_sequencer_sim$vault_failed_latched vault_failed_latched(
        .d(vault_failed_latched$d),
        .q(vault_failed_latched$q),
        .clock(vault_failed_latched$clock)
    );
    power_sequencer_sim$watchdog_expired_latched watchdog_expired_latched(
        .d(watchdog_expired_latched$d),
        .q(watchdog_expired_latched$q),
        .clock(watchdog_expired_latched$clock)
    );
    power_sequencer_sim$vault_counter vault_counter(
        .d(vault_counter$d),
        .q(vault_counter$q),
        .clock(vault_counter$clock)
    );
    power_sequencer_sim$last_vault_counter last_vault_counter(
        .d(last_vault_counter$d),
        .q(last_vault_counter$q),
        .clock(last_vault_counter$clock)
    );
    power_sequencer_sim$watchdog_counter watchdog_counter(
        .d(watchdog_counter$d),
        .q(watchdog_counter$q),
        .clock(watchdog_counter$clock)
    );
    
    // Update code
    always @(*) begin
        fsm$clock = clock;
        rails_on$clock = clock;
        pg_expected$clock = clock;
        rail$clock = clock;
        ac_level$clock = clock;
        ac_count$clock = clock;
        watchdog$clock = clock;
        flag$clock = clock;
        reboot$clock = clock;
        fault_rails_latched$clock = clock;
        pg_timeout_latched$clock = clock;
        pg_lost_latched$clock = clock;
        vault_impossible_latched$clock = clock;
        vault_failed_latched$clock = clock;
        watchdog_expired_latched$clock = clock;
        vault_counter$clock = clock;
        last_vault_counter$clock = clock;
        watchdog_counter$clock = clock;
        watchdog_reached_limit$clock = clock;
        fsm$d = fsm$q;
        rails_on$d = rails_on$q;
        pg_expected$d = pg_expected$q;
        rail$d = rail$q;
        ac_level$d = ac_level$q;
        ac_count$d = ac_count$q;
        watchdog$d = watchdog$q;
        flag$d = flag$q;
        reboot$d = reboot$q;
        fault_rails_latched$d = fault_rails_latched$q;
        pg_timeout_latched$d = pg_timeout_latched$q;
        pg_lost_latched$d = pg_lost_latched$q;
        vault_impossible_latched$d = vault_impossible_latched$q;
        vault_failed_latched$d = vault_failed_latched$q;
        watchdog_expired_latched$d = watchdog_expired_latched$q;
        vault_counter$d = vault_counter$q;
        last_vault_counter$d = last_vault_counter$q;
        watchdog_counter$d = watchdog_counter$q;
        watchdog_reached_limit$d = watchdog_reached_limit$q;
        rail_en = rails_on$q;
        cpu_reboot = reboot$q;
        power_off_flag = flag$q;
        state = fsm$q;
        rail_index = rail$q;
        step_cycles = step$cycles;
        pg_watched = pg_expected$q & rails_on$q;
        vault_elapsed = watchdog$q;
        ac_good = ac_level$q;
        fault = pg_timeout_latched$q | pg_lost_latched$q;
        fault_rails = fault_rails_latched$q;
        fault_pg_timeout = pg_timeout_latched$q;
        fault_pg_lost = pg_lost_latched$q;
        vault_impossible = vault_impossible_latched$q;
        vault_failed = vault_failed_latched$q;
        watchdog_expired = watchdog_expired_latched$q;
        vault_count = vault_counter$q;
        last_vault_cycles = last_vault_counter$q;
        watchdog_expiries = watchdog_counter$q;
        rail_bit = rail_zero << rail$q;
        ac_count$d = no_cycles;
        if (ac_ok != ac_level$q) begin
            if (ac_count$q >= ac_debounce_minus_one) begin
                ac_level$d = ac_ok;
            end
            else begin
                ac_count$d = ac_count$q + one_cycle;
            end
        end
        pg_expected$d = pg_expected$q & rails_on$q;
        pg_missing = pg_expected$q & rails_on$q & ~pg;
        loss$clock = clock;
        loss$level = |pg_missing;
        loss$enable = 1'b1;
        loss$restart = 1'b0;
        all_good$clock = clock;
        all_good$level = ~|pg_missing;
        all_good$enable = 1'b1;
        all_good$restart = 1'b0;
        pg_lost_now = |pg_missing & loss$reached;
        settle$clock = clock;
        settle$level = pg[rail$q];
        settle$enable = fsm$q == PowerState$PowerOn;
        settle$restart = 1'b0;
        rail_settled = pg[rail$q] & settle$reached;
        reboot$d = 1'b0;
        step$clock = clock;
        step$restart = 1'b0;
        in_vault = (fsm$q == PowerState$Shed) | (fsm$q == PowerState$SetFlag) | (fsm$q == PowerState$Reboot) | (fsm$q == PowerState$VaultWait);
        if (in_vault & ~&watchdog$q) begin
            watchdog$d = watchdog$q + one_cycle;
        end
        if (in_vault) begin
            watchdog_reached_limit$d = watchdog$q >= vault_watchdog_minus_one;
        end
        case (fsm$q)
            PowerState$Off:
                begin
                    if (power_button & ac_level$q) begin
                        fsm$d = PowerState$PowerOn;
                        rail$d = first_rail;
                        rails_on$d = rail_zero;
                        step$restart = 1'b1;
                        settle$restart = 1'b1;
                    end
                end
            PowerState$AcWait:
                begin
                    if (ac_level$q & step$reached_off_gap) begin
                        fsm$d = PowerState$PowerOn;
                        rail$d = first_rail;
                        rails_on$d = rail_zero;
                        step$restart = 1'b1;
                        settle$restart = 1'b1;
                    end
                end
            PowerState$PowerOn:
                begin
                    if (~ac_level$q) begin
                        fsm$d = PowerState$AcWait;
                        rails_on$d = no_rails;
                        pg_expected$d = no_rails;
                        step$restart = 1'b1;
                    end
                    else begin
                        if (rail_settled) begin
                            pg_expected$d = pg_expected$q | rail_bit;
                        end
                        if (rail_settled & ~|pg_missing & all_good$reached) begin
                            step$restart = 1'b1;
                            settle$restart = 1'b1;
                            if (rail$q >= last_rail) begin
                                fsm$d = PowerState$Run;
                            end
                            else begin
                                rail$d = rail$q + next_rail;
                                rails_on$d = rails_on$q | (rail_bit << 32'h1);
                            end
                        end
                        else if (step$reached_pg_timeout) begin
                            fsm$d = PowerState$Fault;
                            pg_timeout_latched$d = 1'b1;
                            fault_rails_latched$d = fault_rails_latched$q | rail_bit;
                            rails_on$d = no_rails;
                            pg_expected$d = no_rails;
                        end
                    end
                end
            PowerState$Run:
                begin
                    if (orderly_shutdown) begin
                        fsm$d = PowerState$Shutdown;
                        rail$d = last_rail;
                        rails_on$d = rails_on$q & ~last_rail_bit;
                        step$restart = 1'b1;
                    end
                    else if (~ac_level$q) begin
                        if (backup_ok) begin
                            fsm$d = PowerState$Shed;
                            rail$d = last_rail;
                            rails_on$d = rails_on$q & ~last_rail_bit;
                            step$restart = 1'b1;
                            watchdog$d = no_cycles;
                            watchdog_reached_limit$d = 1'b0;
                            vault_counter$d = vault_counter$q + 32'h1;
                        end
                        else begin
                            fsm$d = PowerState$AcWait;
                            vault_impossible_latched$d = 1'b1;
                            rails_on$d = no_rails;
                            pg_expected$d = no_rails;
                            step$restart = 1'b1;
                        end
                    end
                end
            PowerState$Shutdown:
                begin
                    if (step$reached_off_gap) begin
                        step$restart = 1'b1;
                        if (rail$q == first_rail) begin
                            fsm$d = PowerState$Off;
                        end
                        else begin
                            rail$d = rail$q - next_rail;
                            rails_on$d = rails_on$q & ~(rail_bit >> 32'h1);
                        end
                    end
                end
            PowerState$Shed:
                begin
                    if (step$reached_shed_gap) begin
                        step$restart = 1'b1;
                        if (rail$q <= first_shed_rail) begin
                            fsm$d = PowerState$SetFlag;
                        end
                        else begin
                            rail$d = rail$q - next_rail;
                            rails_on$d = rails_on$q & ~(rail_bit >> 32'h1);
                        end
                    end
                end
            PowerState$SetFlag:
                begin
                    flag$d = 1'b1;
                    fsm$d = PowerState$Reboot;
                    step$restart = 1'b1;
                end
            PowerState$Reboot:
                begin
                    reboot$d = 1'b1;
                    if (step$reached_reboot_pulse) begin
                        fsm$d = PowerState$VaultWait;
                    end
                end
            PowerState$VaultWait:
                begin
                    if (bios_vault_failed | bios_vault_done) begin
                        if (bios_vault_failed) begin
                            vault_failed_latched$d = 1'b1;
                        end
                        last_vault_counter$d = watchdog$q;
                        fsm$d = PowerState$VaultOff;
                        rail$d = last_protected_rail;
                        rails_on$d = rails_on$q & below_last_protected_rail;
                        step$restart = 1'b1;
                    end
                end
            PowerState$VaultOff:
                begin
                    if (step$reached_off_gap) begin
                        step$restart = 1'b1;
                        if (rail$q == first_rail) begin
                            fsm$d = PowerState$AcWait;
                        end
                        else begin
                            rail$d = rail$q - next_rail;
                            rails_on$d = rails_on$q & ~(rail_bit >> 32'h1);
                        end
                    end
                end
            PowerState$Fault:
                begin
                    if (rearm) begin
                        fsm$d = PowerState$Off;
                    end
                end
            default:
                begin
                    fsm$d = PowerState$Off;
                end
        endcase
        if (in_vault & watchdog_reached_limit$q) begin
            fsm$d = PowerState$VaultOff;
            rail$d = last_protected_rail;
            step$restart = 1'b1;
            watchdog_expired_latched$d = 1'b1;
            last_vault_counter$d = watchdog$q;
            if (~&watchdog_counter$q) begin
                watchdog_counter$d = watchdog_counter$q + 32'h1;
            end
            rails_on$d = rails_on$q & below_last_protected_rail;
        end
        if (pg_lost_now) begin
            fsm$d = PowerState$Fault;
            pg_lost_latched$d = 1'b1;
            fault_rails_latched$d = fault_rails_latched$q | pg_missing;
            rails_on$d = no_rails;
            pg_expected$d = no_rails;
        end
        if (flag_clear & ~in_vault) begin
            flag$d = 1'b0;
        end
        if (rearm) begin
            pg_timeout_latched$d = 1'b0;
            pg_lost_latched$d = 1'b0;
            fault_rails_latched$d = no_rails;
            vault_impossible_latched$d = 1'b0;
            vault_failed_latched$d = 1'b0;
            watchdog_expired_latched$d = 1'b0;
        end
        if (reset) begin
            fsm$d = PowerState$Off;
            rails_on$d = no_rails;
            pg_expected$d = no_rails;
            rail$d = first_rail;
            step$restart = 1'b1;
            settle$restart = 1'b1;
            ac_level$d = 1'b0;
            ac_count$d = no_cycles;
            loss$restart = 1'b1;
            all_good$restart = 1'b1;
            watchdog$d = no_cycles;
            watchdog_reached_limit$d = 1'b0;
            reboot$d = 1'b0;
            pg_timeout_latched$d = 1'b0;
            pg_lost_latched$d = 1'b0;
            fault_rails_latched$d = no_rails;
            vault_impossible_latched$d = 1'b0;
            vault_failed_latched$d = 1'b0;
            watchdog_expired_latched$d = 1'b0;
        end
    end
    
endmodule // power_sequencer_sim


module power_sequencer_sim$ac_count(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$ac_count


module power_sequencer_sim$ac_level(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$ac_level


module power_sequencer_sim$all_good(clock,level,enable,restart,reached);
    
    // Module arguments
    input wire  clock;
    input wire  level;
    input wire  enable;
    input wire  restart;
    output reg  reached;
    
    // Constant declarations
    localparam  threshold_minus_two = 32'h2;
    localparam  no_cycles = 32'h0;
    localparam  one_cycle = 32'h1;
    
    // Stub signals
    reg  [31:0] count$d;
    wire  [31:0] count$q;
    reg  count$clock;
    reg  reached_flag$d;
    wire  reached_flag$q;
    reg  reached_flag$clock;
    
    // Sub module instances
    power_sequencer_sim$all_good$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    power_sequencer_sim$all_good$reached_flag reached_flag(
        .d(reached_flag$d),
        .q(reached_flag$q),
        .clock(reached_flag$clock)
    );
    
    // Update code
    always @(*) begin
        count$clock = clock;
        reached_flag$clock = clock;
        count$d = count$q;
        reached_flag$d = reached_flag$q;
        reached = reached_flag$q;
        if (enable) begin
            count$d = no_cycles;
            reached_flag$d = 1'b0;
            if (level) begin
                reached_flag$d = count$q >= threshold_minus_two;
                count$d = count$q;
                if (~&count$q) begin
                    count$d = count$q + one_cycle;
                end
            end
        end
        if (restart) begin
            count$d = no_cycles;
            reached_flag$d = 1'b0;
        end
    end
    
endmodule // power_sequencer_sim$all_good


module power_sequencer_sim$all_good$count(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$all_good$count


module power_sequencer_sim$all_good$reached_flag(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$all_good$reached_flag


module power_sequencer_sim$fault_rails_latched(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$fault_rails_latched


module power_sequencer_sim$flag(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$flag


module power_sequencer_sim$fsm(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam PowerState$Off = 0;
    localparam PowerState$PowerOn = 1;
    localparam PowerState$Run = 2;
    localparam PowerState$Shutdown = 3;
    localparam PowerState$Shed = 4;
    localparam PowerState$SetFlag = 5;
    localparam PowerState$Reboot = 6;
    localparam PowerState$VaultWait = 7;
    localparam PowerState$VaultOff = 8;
    localparam PowerState$AcWait = 9;
    localparam PowerState$Fault = 10;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$fsm


module power_sequencer_sim$last_vault_counter(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$last_vault_counter


module power_sequencer_sim$loss(clock,level,enable,restart,reached);
    
    // Module arguments
    input wire  clock;
    input wire  level;
    input wire  enable;
    input wire  restart;
    output reg  reached;
    
    // Constant declarations
    localparam  threshold_minus_two = 32'h1;
    localparam  no_cycles = 32'h0;
    localparam  one_cycle = 32'h1;
    
    // Stub signals
    reg  [31:0] count$d;
    wire  [31:0] count$q;
    reg  count$clock;
    reg  reached_flag$d;
    wire  reached_flag$q;
    reg  reached_flag$clock;
    
    // Sub module instances
    power_sequencer_sim$loss$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    power_sequencer_sim$loss$reached_flag reached_flag(
        .d(reached_flag$d),
        .q(reached_flag$q),
        .clock(reached_flag$clock)
    );
    
    // Update code
    always @(*) begin
        count$clock = clock;
        reached_flag$clock = clock;
        count$d = count$q;
        reached_flag$d = reached_flag$q;
        reached = reached_flag$q;
        if (enable) begin
            count$d = no_cycles;
            reached_flag$d = 1'b0;
            if (level) begin
                reached_flag$d = count$q >= threshold_minus_two;
                count$d = count$q;
                if (~&count$q) begin
                    count$d = count$q + one_cycle;
                end
            end
        end
        if (restart) begin
            count$d = no_cycles;
            reached_flag$d = 1'b0;
        end
    end
    
endmodule // power_sequencer_sim$loss


module power_sequencer_sim$loss$count(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$loss$count


module power_sequencer_sim$loss$reached_flag(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$loss$reached_flag


module power_sequencer_sim$pg_expected(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$pg_expected


module power_sequencer_sim$pg_lost_latched(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$pg_lost_latched


module power_sequencer_sim$pg_timeout_latched(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$pg_timeout_latched


module power_sequencer_sim$rail(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$rail


module power_sequencer_sim$rails_on(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$rails_on


module power_sequencer_sim$reboot(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$reboot


module power_sequencer_sim$settle(clock,level,enable,restart,reached);
    
    // Module arguments
    input wire  clock;
    input wire  level;
    input wire  enable;
    input wire  restart;
    output reg  reached;
    
    // Constant declarations
    localparam  threshold_minus_two = 32'h2;
    localparam  no_cycles = 32'h0;
    localparam  one_cycle = 32'h1;
    
    // Stub signals
    reg  [31:0] count$d;
    wire  [31:0] count$q;
    reg  count$clock;
    reg  reached_flag$d;
    wire  reached_flag$q;
    reg  reached_flag$clock;
    
    // Sub module instances
    power_sequencer_sim$settle$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    power_sequencer_sim$settle$reached_flag reached_flag(
        .d(reached_flag$d),
        .q(reached_flag$q),
        .clock(reached_flag$clock)
    );
    
    // Update code
    always @(*) begin
        count$clock = clock;
        reached_flag$clock = clock;
        count$d = count$q;
        reached_flag$d = reached_flag$q;
        reached = reached_flag$q;
        if (enable) begin
            count$d = no_cycles;
            reached_flag$d = 1'b0;
            if (level) begin
                reached_flag$d = count$q >= threshold_minus_two;
                count$d = count$q;
                if (~&count$q) begin
                    count$d = count$q + one_cycle;
                end
            end
        end
        if (restart) begin
            count$d = no_cycles;
            reached_flag$d = 1'b0;
        end
    end
    
endmodule // power_sequencer_sim$settle


module power_sequencer_sim$settle$count(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$settle$count


module power_sequencer_sim$settle$reached_flag(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$settle$reached_flag


module power_sequencer_sim$step(clock,restart,cycles,reached_off_gap,reached_shed_gap,reached_pg_timeout,reached_reboot_pulse);
    
    // Module arguments
    input wire  clock;
    input wire  restart;
    output reg  [31:0] cycles;
    output reg  reached_off_gap;
    output reg  reached_shed_gap;
    output reg  reached_pg_timeout;
    output reg  reached_reboot_pulse;
    
    // Constant declarations
    localparam  off_gap_minus_one = 32'h2;
    localparam  shed_gap_minus_one = 32'h1;
    localparam  pg_timeout_minus_one = 32'h27;
    localparam  reboot_pulse_minus_two = 32'h2;
    localparam  no_cycles = 32'h0;
    localparam  one_cycle = 32'h1;
    
    // Stub signals
    reg  [31:0] timer$d;
    wire  [31:0] timer$q;
    reg  timer$clock;
    reg  off_gap$d;
    wire  off_gap$q;
    reg  off_gap$clock;
    reg  shed_gap$d;
    wire  shed_gap$q;
    reg  shed_gap$clock;
    reg  pg_timeout$d;
    wire  pg_timeout$q;
    reg  pg_timeout$clock;
    reg  reboot_pulse$d;
    wire  reboot_pulse$q;
    reg  reboot_pulse$clock;
    
    // Sub module instances
    power_sequencer_sim$step$timer timer(
        .d(timer$d),
        .q(timer$q),
        .clock(timer$clock)
    );
    power_sequencer_sim$step$off_gap off_gap(
        .d(off_gap$d),
        .q(off_gap$q),
        .clock(off_gap$clock)
    );
    power_sequencer_sim$step$shed_gap shed_gap(
        .d(shed_gap$d),
        .q(shed_gap$q),
        .clock(shed_gap$clock)
    );
    power_sequencer_sim$step$pg_timeout pg_timeout(
        .d(pg_timeout$d),
        .q(pg_timeout$q),
        .clock(pg_timeout$clock)
    );
    power_sequencer_sim$step$reboot_pulse reboot_pulse(
        .d(reboot_pulse$d),
        .q(reboot_pulse$q),
        .clock(reboot_pulse$clock)
    );
    
    // Update code
    always @(*) begin
        timer$clock = clock;
        off_gap$clock = clock;
        shed_gap$clock = clock;
        pg_timeout$clock = clock;
        reboot_pulse$clock = clock;
        timer$d = timer$q;
        off_gap$d = off_gap$q;
        shed_gap$d = shed_gap$q;
        pg_timeout$d = pg_timeout$q;
        reboot_pulse$d = reboot_pulse$q;
        cycles = timer$q;
        reached_off_gap = off_gap$q;
        reached_shed_gap = shed_gap$q;
        reached_pg_timeout = pg_timeout$q;
        reached_reboot_pulse = reboot_pulse$q;
        if (~&timer$q) begin
            timer$d = timer$q + one_cycle;
        end
        off_gap$d = timer$q >= off_gap_minus_one;
        shed_gap$d = timer$q >= shed_gap_minus_one;
        pg_timeout$d = timer$q >= pg_timeout_minus_one;
        reboot_pulse$d = timer$q >= reboot_pulse_minus_two;
        if (restart) begin
            timer$d = no_cycles;
            off_gap$d = 1'b0;
            shed_gap$d = 1'b0;
            pg_timeout$d = 1'b0;
            reboot_pulse$d = 1'b0;
        end
    end
    
endmodule // power_sequencer_sim$step


module power_sequencer_sim$step$off_gap(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$step$off_gap


module power_sequencer_sim$step$pg_timeout(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$step$pg_timeout


module power_sequencer_sim$step$reboot_pulse(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$step$reboot_pulse


module power_sequencer_sim$step$shed_gap(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$step$shed_gap


module power_sequencer_sim$step$timer(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$step$timer


module power_sequencer_sim$vault_counter(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$vault_counter


module power_sequencer_sim$vault_failed_latched(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$vault_failed_latched


module power_sequencer_sim$vault_impossible_latched(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$vault_impossible_latched


module power_sequencer_sim$watchdog(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$watchdog


module power_sequencer_sim$watchdog_counter(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$watchdog_counter


module power_sequencer_sim$watchdog_expired_latched(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$watchdog_expired_latched


module power_sequencer_sim$watchdog_reached_limit(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // power_sequencer_sim$watchdog_reached_limit
