// rc_responder: generated from RustHDL by nic-hdl. Do not edit; regenerate with
// `cargo run -p nicctl -- emit --out hdl/verilog`.


module rc_responder(clock,reset,req_valid,req_ready,req_qp,req_opcode,req_psn,req_ack_req,req_consumer_full,rnr_timer,cfg_valid,cfg_ready,cfg_qp,cfg_expected_psn,verdict_valid,verdict_ready,verdict_qp,verdict_outcome,verdict_deliver,verdict_send_aeth,verdict_syndrome,verdict_psn,verdict_msn,counter_read_index,counter_read_value,counters_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  req_valid;
    output reg  req_ready;
    input wire  [3:0] req_qp;
    input wire  [7:0] req_opcode;
    input wire  [23:0] req_psn;
    input wire  req_ack_req;
    input wire  req_consumer_full;
    input wire  [4:0] rnr_timer;
    input wire  cfg_valid;
    output reg  cfg_ready;
    input wire  [3:0] cfg_qp;
    input wire  [23:0] cfg_expected_psn;
    output reg  verdict_valid;
    input wire  verdict_ready;
    output reg  [3:0] verdict_qp;
    output reg  [2:0] verdict_outcome;
    output reg  verdict_deliver;
    output reg  verdict_send_aeth;
    output reg  [7:0] verdict_syndrome;
    output reg  [23:0] verdict_psn;
    output reg  [23:0] verdict_msn;
    input wire  [4:0] counter_read_index;
    output reg  [31:0] counter_read_value;
    output reg  counters_ready;
    
    // Constant declarations
    localparam  empty_context = 50'h0;
    localparam  zero_qp = 4'h0;
    localparam  one_qp = 4'h1;
    localparam  last_qp = 4'hf;
    localparam  one_psn = 24'h1;
    localparam  zero_psn = 24'h0;
    localparam  syndrome_ack = 8'h1f;
    localparam  syndrome_rnr = 8'h20;
    localparam  syndrome_sequence = 8'h60;
    localparam  syndrome_invalid = 8'h61;
    localparam  outcome_acked = 3'b0;
    localparam  outcome_coalesced = 3'b1;
    localparam  outcome_duplicate = 3'b10;
    localparam  outcome_nak = 3'b11;
    localparam  outcome_silent = 3'b100;
    localparam  outcome_rnr = 3'b101;
    localparam  outcome_invalid = 3'b110;
    
    // Enums
    localparam ResponderStep$Clear = 0;
    localparam ResponderStep$Take = 1;
    localparam ResponderStep$Load = 2;
    localparam ResponderStep$Compare = 3;
    localparam ResponderStep$Decide = 4;
    localparam ResponderStep$Commit = 5;
    
    // Stub signals
    reg  [3:0] contexts$read_address;
    reg  contexts$read_clock;
    wire  [49:0] contexts$read_data;
    reg  [3:0] contexts$write_address;
    reg  contexts$write_clock;
    reg  [49:0] contexts$write_data;
    reg  contexts$write_enable;
    reg  [7:0] kinds$address;
    wire  [2:0] kinds$data;
    reg  counters$clock;
    reg  counters$reset;
    reg  counters$count;
    reg  [4:0] counters$count_index;
    reg  [4:0] counters$read_index;
    wire  [31:0] counters$read_value;
    wire  counters$ready;
    reg  [2:0] step$d;
    wire  [2:0] step$q;
    reg  step$clock;
    reg  [3:0] clear_qp$d;
    wire  [3:0] clear_qp$q;
    reg  clear_qp$clock;
    reg  [3:0] qp$d;
    wire  [3:0] qp$q;
    reg  qp$clock;
    reg  [7:0] opcode$d;
    wire  [7:0] opcode$q;
    reg  opcode$clock;
    reg  [23:0] psn$d;
    wire  [23:0] psn$q;
    reg  psn$clock;
    reg  ack_req$d;
    wire  ack_req$q;
    reg  ack_req$clock;
    reg  consumer_full$d;
    wire  consumer_full$q;
    reg  consumer_full$clock;
    reg  [2:0] kind$d;
    wire  [2:0] kind$q;
    reg  kind$clock;
    reg  [49:0] qp_state$d;
    wire  [49:0] qp_state$q;
    reg  qp_state$clock;
    reg  at_expected$d;
    wire  at_expected$q;
    reg  at_expected$clock;
    reg  ahead$d;
    wire  ahead$q;
    reg  ahead$clock;
    reg  [23:0] next_psn$d;
    wire  [23:0] next_psn$q;
    reg  next_psn$clock;
    reg  [23:0] previous_psn$d;
    wire  [23:0] previous_psn$q;
    reg  previous_psn$clock;
    reg  [23:0] next_msn$d;
    wire  [23:0] next_msn$q;
    reg  next_msn$clock;
    reg  [2:0] decided$d;
    wire  [2:0] decided$q;
    reg  decided$clock;
    reg  [49:0] decided_context$d;
    wire  [49:0] decided_context$q;
    reg  decided_context$clock;
    reg  out_valid$d;
    wire  out_valid$q;
    reg  out_valid$clock;
    reg  [3:0] out_qp$d;
    wire  [3:0] out_qp$q;
    reg  out_qp$clock;
    reg  [2:0] out_outcome$d;
    wire  [2:0] out_outcome$q;
    reg  out_outcome$clock;
    reg  out_deliver$d;
    wire  out_deliver$q;
    reg  out_deliver$clock;
    reg  out_send_aeth$d;
    wire  out_send_aeth$q;
    reg  out_send_aeth$clock;
    reg  [7:0] out_syndrome$d;
    wire  [7:0] out_syndrome$q;
    reg  out_syndrome$clock;
    reg  [23:0] out_psn$d;
    wire  [23:0] out_psn$q;
    reg  out_psn$clock;
    reg  [23:0] out_msn$d;
    wire  [23:0] out_msn$q;
    reg  out_msn$clock;
    
    // Local signals
    reg  [23:0] distance;
    reg  [2:0] outcome;
    reg  [49:0] updated;
    
    // Sub module instances
    rc_responder$contexts contexts(
        .read_address(contexts$read_address),
        .read_clock(contexts$read_clock),
        .read_data(contexts$read_data),
        .write_address(contexts$write_address),
        .write_clock(contexts$write_clock),
        .write_data(contexts$write_data),
        .write_enable(contexts$write_enable)
    );
    rc_responder$kinds kinds(
        .address(kinds$address),
        .data(kinds$data)
    );
    rc_responder$counters counters(
        .clock(counters$clock),
        .reset(counters$reset),
        .count(counters$count),
        .count_index(counters$count_index),
        .read_index(counters$read_index),
        .read_value(counters$read_value),
        .ready(counters$ready)
    );
    rc_responder$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    rc_responder$clear_qp clear_qp(
        .d(clear_qp$d),
        .q(clear_qp$q),
        .clock(clear_qp$clock)
    );
    rc_responder$qp qp(
        .d(qp$d),
        .q(qp$q),
        .clock(qp$clock)
    );
    rc_responder$opcode opcode(
        .d(opcode$d),
        .q(opcode$q),
        .clock(opcode$clock)
    );
    rc_responder$psn psn(
        .d(psn$d),
        .q(psn$q),
        .clock(psn$clock)
    );
    rc_responder$ack_req ack_req(
        .d(ack_req$d),
        .q(ack_req$q),
        .clock(ack_req$clock)
    );
    rc_responder$consumer_full consumer_full(
        .d(consumer_full$d),
        .q(consumer_full$q),
        .clock(consumer_full$clock)
    );
    rc_responder$kind kind(
        .d(kind$d),
        .q(kind$q),
        .clock(kind$clock)
    );
    rc_responder$qp_state qp_state(
        .d(qp_state$d),
        .q(qp_state$q),
        .clock(qp_state$clock)
    );
    rc_responder$at_expected at_expected(
        .d(at_expected$d),
        .q(at_expected$q),
        .clock(at_expected$clock)
    );
    rc_responder$ahead ahead(
        .d(ahead$d),
        .q(ahead$q),
        .clock(ahead$clock)
    );
    rc_responder$next_psn next_psn(
        .d(next_psn$d),
        .q(next_psn$q),
        .clock(next_psn$clock)
    );
    rc_responder$previous_psn previous_psn(
        .d(previous_psn$d),
        .q(previous_psn$q),
        .clock(previous_psn$clock)
    );
    rc_responder$next_msn next_msn(
        .d(next_msn$d),
        .q(next_msn$q),
        .clock(next_msn$clock)
    );
    rc_responder$decided decided(
        .d(decided$d),
        .q(decided$q),
        .clock(decided$clock)
    );
    rc_responder$decided_context decided_context(
        .d(decided_context$d),
        .q(decided_context$q),
        .clock(decided_context$clock)
    );
    rc_responder$out_valid out_valid(
        .d(out_valid$d),
        .q(out_valid$q),
        .clock(out_valid$clock)
    );
    rc_responder$out_qp out_qp(
        .d(out_qp$d),
        .q(out_qp$q),
        .clock(out_qp$clock)
    );
    rc_responder$out_outcome out_outcome(
        .d(out_outcome$d),
        .q(out_outcome$q),
        .clock(out_outcome$clock)
    );
    rc_responder$out_deliver out_deliver(
        .d(out_deliver$d),
        .q(out_deliver$q),
        .clock(out_deliver$clock)
    );
    rc_responder$out_send_aeth out_send_aeth(
        .d(out_send_aeth$d),
        .q(out_send_aeth$q),
        .clock(out_send_aeth$clock)
    );
    rc_responder$out_syndrome out_syndrome(
        .d(out_syndrome$d),
        .q(out_syndrome$q),
        .clock(out_syndrome$clock)
    );
    rc_responder$out_psn out_psn(
        .d(out_psn$d),
        .q(out_psn$q),
        .clock(out_psn$clock)
    );
    rc_responder$out_msn out_msn(
        .d(out_msn$d),
        .q(out_msn$q),
        .clock(out_msn$clock)
    );
    
    // Update code
    always @(*) begin
        step$clock = clock;
        clear_qp$clock = clock;
        qp$clock = clock;
        opcode$clock = clock;
        psn$clock = clock;
        ack_req$clock = clock;
        consumer_full$clock = clock;
        kind$clock = clock;
        qp_state$clock = clock;
        at_expected$clock = clock;
        ahead$clock = clock;
        next_psn$clock = clock;
        previous_psn$clock = clock;
        next_msn$clock = clock;
        decided$clock = clock;
        decided_context$clock = clock;
        out_valid$clock = clock;
        out_qp$clock = clock;
        out_outcome$clock = clock;
        out_deliver$clock = clock;
        out_send_aeth$clock = clock;
        out_syndrome$clock = clock;
        out_psn$clock = clock;
        out_msn$clock = clock;
        step$d = step$q;
        clear_qp$d = clear_qp$q;
        qp$d = qp$q;
        opcode$d = opcode$q;
        psn$d = psn$q;
        ack_req$d = ack_req$q;
        consumer_full$d = consumer_full$q;
        kind$d = kind$q;
        qp_state$d = qp_state$q;
        at_expected$d = at_expected$q;
        ahead$d = ahead$q;
        next_psn$d = next_psn$q;
        previous_psn$d = previous_psn$q;
        next_msn$d = next_msn$q;
        decided$d = decided$q;
        decided_context$d = decided_context$q;
        out_valid$d = out_valid$q;
        out_qp$d = out_qp$q;
        out_outcome$d = out_outcome$q;
        out_deliver$d = out_deliver$q;
        out_send_aeth$d = out_send_aeth$q;
        out_syndrome$d = out_syndrome$q;
        out_psn$d = out_psn$q;
        out_msn$d = out_msn$q;
        counters$clock = clock;
        contexts$read_clock = clock;
        contexts$write_clock = clock;
        counters$reset = reset;
        counters$read_index = counter_read_index;
        counter_read_value = counters$read_value;
        counters_ready = counters$ready;
        counters$count = 1'b0;
        verdict_valid = out_valid$q;
        verdict_qp = out_qp$q;
        verdict_outcome = out_outcome$q;
        verdict_deliver = out_deliver$q;
        verdict_send_aeth = out_send_aeth$q;
        verdict_syndrome = out_syndrome$q;
        verdict_psn = out_psn$q;
        verdict_msn = out_msn$q;
        if (verdict_ready) begin
            out_valid$d = 1'b0;
        end
        kinds$address = opcode$q;
        contexts$read_address = qp$q;
        contexts$write_enable = 1'b0;
        contexts$write_address = qp$q;
        req_ready = 1'b0;
        cfg_ready = 1'b0;
        distance = psn$q - qp_state$q[(64'h0)+:(24)];
        at_expected$d = distance == zero_psn;
        ahead$d = ~distance[32'h17] & (distance != zero_psn);
        next_psn$d = qp_state$q[(64'h0)+:(24)] + one_psn;
        previous_psn$d = qp_state$q[(64'h0)+:(24)] - one_psn;
        next_msn$d = qp_state$q[(64'h18)+:(24)];
        if (kind$q[(64'h2)+:(1)]) begin
            next_msn$d = qp_state$q[(64'h18)+:(24)] + one_psn;
        end
        updated = qp_state$q;
        if (at_expected$q) begin
            if (~kind$q[(64'h0)+:(1)] | (kind$q[(64'h1)+:(1)] == qp_state$q[(64'h31)+:(1)])) begin
                outcome = outcome_invalid;
                updated[(64'h30)+:(1)] = 1'b1;
            end
            else if (kind$q[(64'h1)+:(1)] & consumer_full$q) begin
                outcome = outcome_rnr;
                updated[(64'h30)+:(1)] = 1'b1;
            end
            else begin
                if (ack_req$q | kind$q[(64'h2)+:(1)]) begin
                    outcome = outcome_acked;
                end
                else begin
                    outcome = outcome_coalesced;
                end
                updated[(64'h0)+:(24)] = next_psn$q;
                updated[(64'h18)+:(24)] = next_msn$q;
                updated[(64'h30)+:(1)] = 1'b0;
                updated[(64'h31)+:(1)] = ~kind$q[(64'h2)+:(1)];
            end
        end
        else if (ahead$q) begin
            if (qp_state$q[(64'h30)+:(1)]) begin
                outcome = outcome_silent;
            end
            else begin
                outcome = outcome_nak;
                updated[(64'h30)+:(1)] = 1'b1;
            end
        end
        else begin
            outcome = outcome_duplicate;
        end
        decided$d = outcome;
        decided_context$d = updated;
        counters$count_index = ((decided$q) & 5'h1f);
        contexts$write_data = decided_context$q;
        case (step$q)
            ResponderStep$Clear:
                begin
                    contexts$write_enable = 1'b1;
                    contexts$write_address = clear_qp$q;
                    contexts$write_data = empty_context;
                    if (clear_qp$q != last_qp) begin
                        clear_qp$d = clear_qp$q + one_qp;
                    end
                    else if (counters$ready) begin
                        step$d = ResponderStep$Take;
                    end
                end
            ResponderStep$Take:
                begin
                    cfg_ready = 1'b1;
                    req_ready = ~cfg_valid;
                    qp$d = req_qp;
                    opcode$d = req_opcode;
                    psn$d = req_psn;
                    ack_req$d = req_ack_req;
                    consumer_full$d = req_consumer_full;
                    if (cfg_valid) begin
                        contexts$write_enable = 1'b1;
                        contexts$write_address = cfg_qp;
                        contexts$write_data = empty_context;
                        contexts$write_data[(64'h0)+:(24)] = cfg_expected_psn;
                    end
                    else if (req_valid) begin
                        contexts$read_address = req_qp;
                        step$d = ResponderStep$Load;
                    end
                end
            ResponderStep$Load:
                begin
                    kind$d = kinds$data;
                    qp_state$d = contexts$read_data;
                    step$d = ResponderStep$Compare;
                end
            ResponderStep$Compare:
                begin
                    step$d = ResponderStep$Decide;
                end
            ResponderStep$Decide:
                begin
                    step$d = ResponderStep$Commit;
                end
            ResponderStep$Commit:
                begin
                    if (~out_valid$q | verdict_ready) begin
                        contexts$write_enable = 1'b1;
                        counters$count = 1'b1;
                        out_valid$d = 1'b1;
                        out_qp$d = qp$q;
                        out_outcome$d = decided$q;
                        out_deliver$d = 1'b0;
                        out_send_aeth$d = 1'b1;
                        out_syndrome$d = syndrome_ack;
                        out_psn$d = psn$q;
                        out_msn$d = qp_state$q[(64'h18)+:(24)];
                        if (decided$q == outcome_acked) begin
                            out_deliver$d = 1'b1;
                            out_msn$d = next_msn$q;
                        end
                        if (decided$q == outcome_coalesced) begin
                            out_deliver$d = 1'b1;
                            out_send_aeth$d = 1'b0;
                            out_msn$d = next_msn$q;
                        end
                        if (decided$q == outcome_duplicate) begin
                            out_psn$d = previous_psn$q;
                        end
                        if (decided$q == outcome_nak) begin
                            out_syndrome$d = syndrome_sequence;
                            out_psn$d = qp_state$q[(64'h0)+:(24)];
                        end
                        if (decided$q == outcome_silent) begin
                            out_send_aeth$d = 1'b0;
                            out_psn$d = qp_state$q[(64'h0)+:(24)];
                        end
                        if (decided$q == outcome_rnr) begin
                            out_syndrome$d = syndrome_rnr | ((rnr_timer) & 8'hff);
                        end
                        if (decided$q == outcome_invalid) begin
                            out_syndrome$d = syndrome_invalid;
                        end
                        step$d = ResponderStep$Take;
                    end
                end
            default:
                begin
                    step$d = ResponderStep$Take;
                end
        endcase
        if (reset) begin
            step$d = ResponderStep$Clear;
            clear_qp$d = zero_qp;
            out_valid$d = 1'b0;
        end
    end
    
endmodule // rc_responder


module rc_responder$ack_req(d,q,clock);
    
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
          
endmodule // rc_responder$ack_req


module rc_responder$ahead(d,q,clock);
    
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
          
endmodule // rc_responder$ahead


module rc_responder$at_expected(d,q,clock);
    
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
          
endmodule // rc_responder$at_expected


module rc_responder$clear_qp(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rc_responder$clear_qp


module rc_responder$consumer_full(d,q,clock);
    
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
          
endmodule // rc_responder$consumer_full


module rc_responder$contexts(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [49:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [49:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[49:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // rc_responder$contexts


module rc_responder$counters(clock,reset,count,count_index,read_index,read_value,ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  count;
    input wire  [4:0] count_index;
    input wire  [4:0] read_index;
    output reg  [31:0] read_value;
    output reg  ready;
    
    // Constant declarations
    localparam  zero_index = 5'b0;
    localparam  zero = 32'h0;
    localparam  one = 32'h1;
    localparam  last_index = 5'b11111;
    localparam  one_index = 5'b1;
    
    // Stub signals
    reg  [4:0] tally$read_address;
    reg  tally$read_clock;
    wire  [31:0] tally$read_data;
    reg  [4:0] tally$write_address;
    reg  tally$write_clock;
    reg  [31:0] tally$write_data;
    reg  tally$write_enable;
    reg  [4:0] shadow$read_address;
    reg  shadow$read_clock;
    wire  [31:0] shadow$read_data;
    reg  [4:0] shadow$write_address;
    reg  shadow$write_clock;
    reg  [31:0] shadow$write_data;
    reg  shadow$write_enable;
    reg  pending$d;
    wire  pending$q;
    reg  pending$clock;
    reg  [4:0] pending_index$d;
    wire  [4:0] pending_index$q;
    reg  pending_index$clock;
    reg  held$d;
    wire  held$q;
    reg  held$clock;
    reg  [4:0] held_index$d;
    wire  [4:0] held_index$q;
    reg  held_index$clock;
    reg  [31:0] held_value$d;
    wire  [31:0] held_value$q;
    reg  held_value$clock;
    reg  clearing$d;
    wire  clearing$q;
    reg  clearing$clock;
    reg  [4:0] clear_index$d;
    wire  [4:0] clear_index$q;
    reg  clear_index$clock;
    
    // Local signals
    reg  write_enable;
    reg  [4:0] write_address;
    reg  [31:0] write_data;
    
    // Sub module instances
    rc_responder$counters$tally tally(
        .read_address(tally$read_address),
        .read_clock(tally$read_clock),
        .read_data(tally$read_data),
        .write_address(tally$write_address),
        .write_clock(tally$write_clock),
        .write_data(tally$write_data),
        .write_enable(tally$write_enable)
    );
    rc_responder$counters$shadow shadow(
        .read_address(shadow$read_address),
        .read_clock(shadow$read_clock),
        .read_data(shadow$read_data),
        .write_address(shadow$write_address),
        .write_clock(shadow$write_clock),
        .write_data(shadow$write_data),
        .write_enable(shadow$write_enable)
    );
    rc_responder$counters$pending pending(
        .d(pending$d),
        .q(pending$q),
        .clock(pending$clock)
    );
    rc_responder$counters$pending_index pending_index(
        .d(pending_index$d),
        .q(pending_index$q),
        .clock(pending_index$clock)
    );
    rc_responder$counters$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    rc_responder$counters$held_index held_index(
        .d(held_index$d),
        .q(held_index$q),
        .clock(held_index$clock)
    );
    rc_responder$counters$held_value held_value(
        .d(held_value$d),
        .q(held_value$q),
        .clock(held_value$clock)
    );
    rc_responder$counters$clearing clearing(
        .d(clearing$d),
        .q(clearing$q),
        .clock(clearing$clock)
    );
    rc_responder$counters$clear_index clear_index(
        .d(clear_index$d),
        .q(clear_index$q),
        .clock(clear_index$clock)
    );
    
    // Update code
    always @(*) begin
        pending$clock = clock;
        pending_index$clock = clock;
        held$clock = clock;
        held_index$clock = clock;
        held_value$clock = clock;
        clearing$clock = clock;
        clear_index$clock = clock;
        pending$d = pending$q;
        pending_index$d = pending_index$q;
        held$d = held$q;
        held_index$d = held_index$q;
        held_value$d = held_value$q;
        clearing$d = clearing$q;
        clear_index$d = clear_index$q;
        tally$read_clock = clock;
        tally$write_clock = clock;
        shadow$read_clock = clock;
        shadow$write_clock = clock;
        tally$read_address = count_index;
        shadow$read_address = read_index;
        read_value = shadow$read_data;
        pending$d = count & ~clearing$q;
        pending_index$d = count_index;
        held$d = pending$q;
        held_index$d = pending_index$q;
        held_value$d = tally$read_data;
        write_enable = held$q;
        write_address = held_index$q;
        write_data = held_value$q + one;
        if (clearing$q) begin
            write_enable = 1'b1;
            write_address = clear_index$q;
            write_data = zero;
            clear_index$d = clear_index$q + one_index;
            if (clear_index$q == last_index) begin
                clearing$d = 1'b0;
            end
        end
        tally$write_enable = write_enable;
        tally$write_address = write_address;
        tally$write_data = write_data;
        shadow$write_enable = write_enable;
        shadow$write_address = write_address;
        shadow$write_data = write_data;
        ready = ~clearing$q;
        if (reset) begin
            pending$d = 1'b0;
            held$d = 1'b0;
            clearing$d = 1'b1;
            clear_index$d = zero_index;
        end
    end
    
endmodule // rc_responder$counters


module rc_responder$counters$clear_index(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rc_responder$counters$clear_index


module rc_responder$counters$clearing(d,q,clock);
    
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
          
endmodule // rc_responder$counters$clearing


module rc_responder$counters$held(d,q,clock);
    
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
          
endmodule // rc_responder$counters$held


module rc_responder$counters$held_index(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rc_responder$counters$held_index


module rc_responder$counters$held_value(d,q,clock);
    
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
          
endmodule // rc_responder$counters$held_value


module rc_responder$counters$pending(d,q,clock);
    
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
          
endmodule // rc_responder$counters$pending


module rc_responder$counters$pending_index(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rc_responder$counters$pending_index


module rc_responder$counters$shadow(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    initial begin
    mem[5'b0] = 32'h0;
    mem[5'b1] = 32'h0;
    mem[5'b10] = 32'h0;
    mem[5'b11] = 32'h0;
    mem[5'b100] = 32'h0;
    mem[5'b101] = 32'h0;
    mem[5'b110] = 32'h0;
    mem[5'b111] = 32'h0;
    mem[5'b1000] = 32'h0;
    mem[5'b1001] = 32'h0;
    mem[5'b1010] = 32'h0;
    mem[5'b1011] = 32'h0;
    mem[5'b1100] = 32'h0;
    mem[5'b1101] = 32'h0;
    mem[5'b1110] = 32'h0;
    mem[5'b1111] = 32'h0;
    mem[5'b10000] = 32'h0;
    mem[5'b10001] = 32'h0;
    mem[5'b10010] = 32'h0;
    mem[5'b10011] = 32'h0;
    mem[5'b10100] = 32'h0;
    mem[5'b10101] = 32'h0;
    mem[5'b10110] = 32'h0;
    mem[5'b10111] = 32'h0;
    mem[5'b11000] = 32'h0;
    mem[5'b11001] = 32'h0;
    mem[5'b11010] = 32'h0;
    mem[5'b11011] = 32'h0;
    mem[5'b11100] = 32'h0;
    mem[5'b11101] = 32'h0;
    mem[5'b11110] = 32'h0;
    mem[5'b11111] = 32'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // rc_responder$counters$shadow


module rc_responder$counters$tally(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    initial begin
    mem[5'b0] = 32'h0;
    mem[5'b1] = 32'h0;
    mem[5'b10] = 32'h0;
    mem[5'b11] = 32'h0;
    mem[5'b100] = 32'h0;
    mem[5'b101] = 32'h0;
    mem[5'b110] = 32'h0;
    mem[5'b111] = 32'h0;
    mem[5'b1000] = 32'h0;
    mem[5'b1001] = 32'h0;
    mem[5'b1010] = 32'h0;
    mem[5'b1011] = 32'h0;
    mem[5'b1100] = 32'h0;
    mem[5'b1101] = 32'h0;
    mem[5'b1110] = 32'h0;
    mem[5'b1111] = 32'h0;
    mem[5'b10000] = 32'h0;
    mem[5'b10001] = 32'h0;
    mem[5'b10010] = 32'h0;
    mem[5'b10011] = 32'h0;
    mem[5'b10100] = 32'h0;
    mem[5'b10101] = 32'h0;
    mem[5'b10110] = 32'h0;
    mem[5'b10111] = 32'h0;
    mem[5'b11000] = 32'h0;
    mem[5'b11001] = 32'h0;
    mem[5'b11010] = 32'h0;
    mem[5'b11011] = 32'h0;
    mem[5'b11100] = 32'h0;
    mem[5'b11101] = 32'h0;
    mem[5'b11110] = 32'h0;
    mem[5'b11111] = 32'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // rc_responder$counters$tally


module rc_responder$decided(d,q,clock);
    
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
          
endmodule // rc_responder$decided


module rc_responder$decided_context(d,q,clock);
    
    // Module arguments
    input wire  [49:0] d;
    output reg  [49:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 50'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rc_responder$decided_context


module rc_responder$kind(d,q,clock);
    
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
          
endmodule // rc_responder$kind


module rc_responder$kinds(address,data);
    
    // Module arguments
    input wire  [7:0] address;
    output reg  [2:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        8'h0: data = 3'b11;
      8'h1: data = 3'b1;
      8'h2: data = 3'b101;
      8'h3: data = 3'b101;
      8'h4: data = 3'b111;
      8'h5: data = 3'b111;
      8'h6: data = 3'b0;
      8'h7: data = 3'b0;
      8'h8: data = 3'b0;
      8'h9: data = 3'b0;
      8'ha: data = 3'b0;
      8'hb: data = 3'b0;
      8'hc: data = 3'b0;
      8'hd: data = 3'b0;
      8'he: data = 3'b0;
      8'hf: data = 3'b0;
      8'h10: data = 3'b0;
      8'h11: data = 3'b0;
      8'h12: data = 3'b0;
      8'h13: data = 3'b0;
      8'h14: data = 3'b0;
      8'h15: data = 3'b0;
      8'h16: data = 3'b101;
      8'h17: data = 3'b111;
      8'h18: data = 3'b0;
      8'h19: data = 3'b0;
      8'h1a: data = 3'b0;
      8'h1b: data = 3'b0;
      8'h1c: data = 3'b0;
      8'h1d: data = 3'b0;
      8'h1e: data = 3'b0;
      8'h1f: data = 3'b0;
      8'h20: data = 3'b0;
      8'h21: data = 3'b0;
      8'h22: data = 3'b0;
      8'h23: data = 3'b0;
      8'h24: data = 3'b0;
      8'h25: data = 3'b0;
      8'h26: data = 3'b0;
      8'h27: data = 3'b0;
      8'h28: data = 3'b0;
      8'h29: data = 3'b0;
      8'h2a: data = 3'b0;
      8'h2b: data = 3'b0;
      8'h2c: data = 3'b0;
      8'h2d: data = 3'b0;
      8'h2e: data = 3'b0;
      8'h2f: data = 3'b0;
      8'h30: data = 3'b0;
      8'h31: data = 3'b0;
      8'h32: data = 3'b0;
      8'h33: data = 3'b0;
      8'h34: data = 3'b0;
      8'h35: data = 3'b0;
      8'h36: data = 3'b0;
      8'h37: data = 3'b0;
      8'h38: data = 3'b0;
      8'h39: data = 3'b0;
      8'h3a: data = 3'b0;
      8'h3b: data = 3'b0;
      8'h3c: data = 3'b0;
      8'h3d: data = 3'b0;
      8'h3e: data = 3'b0;
      8'h3f: data = 3'b0;
      8'h40: data = 3'b0;
      8'h41: data = 3'b0;
      8'h42: data = 3'b0;
      8'h43: data = 3'b0;
      8'h44: data = 3'b0;
      8'h45: data = 3'b0;
      8'h46: data = 3'b0;
      8'h47: data = 3'b0;
      8'h48: data = 3'b0;
      8'h49: data = 3'b0;
      8'h4a: data = 3'b0;
      8'h4b: data = 3'b0;
      8'h4c: data = 3'b0;
      8'h4d: data = 3'b0;
      8'h4e: data = 3'b0;
      8'h4f: data = 3'b0;
      8'h50: data = 3'b0;
      8'h51: data = 3'b0;
      8'h52: data = 3'b0;
      8'h53: data = 3'b0;
      8'h54: data = 3'b0;
      8'h55: data = 3'b0;
      8'h56: data = 3'b0;
      8'h57: data = 3'b0;
      8'h58: data = 3'b0;
      8'h59: data = 3'b0;
      8'h5a: data = 3'b0;
      8'h5b: data = 3'b0;
      8'h5c: data = 3'b0;
      8'h5d: data = 3'b0;
      8'h5e: data = 3'b0;
      8'h5f: data = 3'b0;
      8'h60: data = 3'b0;
      8'h61: data = 3'b0;
      8'h62: data = 3'b0;
      8'h63: data = 3'b0;
      8'h64: data = 3'b0;
      8'h65: data = 3'b0;
      8'h66: data = 3'b0;
      8'h67: data = 3'b0;
      8'h68: data = 3'b0;
      8'h69: data = 3'b0;
      8'h6a: data = 3'b0;
      8'h6b: data = 3'b0;
      8'h6c: data = 3'b0;
      8'h6d: data = 3'b0;
      8'h6e: data = 3'b0;
      8'h6f: data = 3'b0;
      8'h70: data = 3'b0;
      8'h71: data = 3'b0;
      8'h72: data = 3'b0;
      8'h73: data = 3'b0;
      8'h74: data = 3'b0;
      8'h75: data = 3'b0;
      8'h76: data = 3'b0;
      8'h77: data = 3'b0;
      8'h78: data = 3'b0;
      8'h79: data = 3'b0;
      8'h7a: data = 3'b0;
      8'h7b: data = 3'b0;
      8'h7c: data = 3'b0;
      8'h7d: data = 3'b0;
      8'h7e: data = 3'b0;
      8'h7f: data = 3'b0;
      8'h80: data = 3'b0;
      8'h81: data = 3'b0;
      8'h82: data = 3'b0;
      8'h83: data = 3'b0;
      8'h84: data = 3'b0;
      8'h85: data = 3'b0;
      8'h86: data = 3'b0;
      8'h87: data = 3'b0;
      8'h88: data = 3'b0;
      8'h89: data = 3'b0;
      8'h8a: data = 3'b0;
      8'h8b: data = 3'b0;
      8'h8c: data = 3'b0;
      8'h8d: data = 3'b0;
      8'h8e: data = 3'b0;
      8'h8f: data = 3'b0;
      8'h90: data = 3'b0;
      8'h91: data = 3'b0;
      8'h92: data = 3'b0;
      8'h93: data = 3'b0;
      8'h94: data = 3'b0;
      8'h95: data = 3'b0;
      8'h96: data = 3'b0;
      8'h97: data = 3'b0;
      8'h98: data = 3'b0;
      8'h99: data = 3'b0;
      8'h9a: data = 3'b0;
      8'h9b: data = 3'b0;
      8'h9c: data = 3'b0;
      8'h9d: data = 3'b0;
      8'h9e: data = 3'b0;
      8'h9f: data = 3'b0;
      8'ha0: data = 3'b0;
      8'ha1: data = 3'b0;
      8'ha2: data = 3'b0;
      8'ha3: data = 3'b0;
      8'ha4: data = 3'b0;
      8'ha5: data = 3'b0;
      8'ha6: data = 3'b0;
      8'ha7: data = 3'b0;
      8'ha8: data = 3'b0;
      8'ha9: data = 3'b0;
      8'haa: data = 3'b0;
      8'hab: data = 3'b0;
      8'hac: data = 3'b0;
      8'had: data = 3'b0;
      8'hae: data = 3'b0;
      8'haf: data = 3'b0;
      8'hb0: data = 3'b0;
      8'hb1: data = 3'b0;
      8'hb2: data = 3'b0;
      8'hb3: data = 3'b0;
      8'hb4: data = 3'b0;
      8'hb5: data = 3'b0;
      8'hb6: data = 3'b0;
      8'hb7: data = 3'b0;
      8'hb8: data = 3'b0;
      8'hb9: data = 3'b0;
      8'hba: data = 3'b0;
      8'hbb: data = 3'b0;
      8'hbc: data = 3'b0;
      8'hbd: data = 3'b0;
      8'hbe: data = 3'b0;
      8'hbf: data = 3'b0;
      8'hc0: data = 3'b0;
      8'hc1: data = 3'b0;
      8'hc2: data = 3'b0;
      8'hc3: data = 3'b0;
      8'hc4: data = 3'b0;
      8'hc5: data = 3'b0;
      8'hc6: data = 3'b0;
      8'hc7: data = 3'b0;
      8'hc8: data = 3'b0;
      8'hc9: data = 3'b0;
      8'hca: data = 3'b0;
      8'hcb: data = 3'b0;
      8'hcc: data = 3'b0;
      8'hcd: data = 3'b0;
      8'hce: data = 3'b0;
      8'hcf: data = 3'b0;
      8'hd0: data = 3'b0;
      8'hd1: data = 3'b0;
      8'hd2: data = 3'b0;
      8'hd3: data = 3'b0;
      8'hd4: data = 3'b0;
      8'hd5: data = 3'b0;
      8'hd6: data = 3'b0;
      8'hd7: data = 3'b0;
      8'hd8: data = 3'b0;
      8'hd9: data = 3'b0;
      8'hda: data = 3'b0;
      8'hdb: data = 3'b0;
      8'hdc: data = 3'b0;
      8'hdd: data = 3'b0;
      8'hde: data = 3'b0;
      8'hdf: data = 3'b0;
      8'he0: data = 3'b0;
      8'he1: data = 3'b0;
      8'he2: data = 3'b0;
      8'he3: data = 3'b0;
      8'he4: data = 3'b0;
      8'he5: data = 3'b0;
      8'he6: data = 3'b0;
      8'he7: data = 3'b0;
      8'he8: data = 3'b0;
      8'he9: data = 3'b0;
      8'hea: data = 3'b0;
      8'heb: data = 3'b0;
      8'hec: data = 3'b0;
      8'hed: data = 3'b0;
      8'hee: data = 3'b0;
      8'hef: data = 3'b0;
      8'hf0: data = 3'b0;
      8'hf1: data = 3'b0;
      8'hf2: data = 3'b0;
      8'hf3: data = 3'b0;
      8'hf4: data = 3'b0;
      8'hf5: data = 3'b0;
      8'hf6: data = 3'b0;
      8'hf7: data = 3'b0;
      8'hf8: data = 3'b0;
      8'hf9: data = 3'b0;
      8'hfa: data = 3'b0;
      8'hfb: data = 3'b0;
      8'hfc: data = 3'b0;
      8'hfd: data = 3'b0;
      8'hfe: data = 3'b0;
      8'hff: data = 3'b0;
      default: data = 3'b0;
    endcase
            
endmodule // rc_responder$kinds


module rc_responder$next_msn(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rc_responder$next_msn


module rc_responder$next_psn(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rc_responder$next_psn


module rc_responder$opcode(d,q,clock);
    
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
          
endmodule // rc_responder$opcode


module rc_responder$out_deliver(d,q,clock);
    
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
          
endmodule // rc_responder$out_deliver


module rc_responder$out_msn(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rc_responder$out_msn


module rc_responder$out_outcome(d,q,clock);
    
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
          
endmodule // rc_responder$out_outcome


module rc_responder$out_psn(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rc_responder$out_psn


module rc_responder$out_qp(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rc_responder$out_qp


module rc_responder$out_send_aeth(d,q,clock);
    
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
          
endmodule // rc_responder$out_send_aeth


module rc_responder$out_syndrome(d,q,clock);
    
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
          
endmodule // rc_responder$out_syndrome


module rc_responder$out_valid(d,q,clock);
    
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
          
endmodule // rc_responder$out_valid


module rc_responder$previous_psn(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rc_responder$previous_psn


module rc_responder$psn(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rc_responder$psn


module rc_responder$qp(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rc_responder$qp


module rc_responder$qp_state(d,q,clock);
    
    // Module arguments
    input wire  [49:0] d;
    output reg  [49:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 50'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rc_responder$qp_state


module rc_responder$step(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam ResponderStep$Clear = 0;
    localparam ResponderStep$Take = 1;
    localparam ResponderStep$Load = 2;
    localparam ResponderStep$Compare = 3;
    localparam ResponderStep$Decide = 4;
    localparam ResponderStep$Commit = 5;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rc_responder$step
