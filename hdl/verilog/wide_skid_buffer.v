// wide_skid_buffer: generated from RustHDL by nic-hdl. Do not edit; regenerate with
// `cargo run -p nicctl -- emit --out hdl/verilog`.


module wide_skid_buffer(clock,reset,in_data,in_valid,in_ready,out_data,out_valid,out_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [199:0] in_data;
    input wire  in_valid;
    output reg  in_ready;
    output reg  [199:0] out_data;
    output reg  out_valid;
    input wire  out_ready;
    
    // Stub signals
    reg  [199:0] main_data$d;
    wire  [199:0] main_data$q;
    reg  main_data$clock;
    reg  main_valid$d;
    wire  main_valid$q;
    reg  main_valid$clock;
    reg  [199:0] skid_data$d;
    wire  [199:0] skid_data$q;
    reg  skid_data$clock;
    reg  skid_valid$d;
    wire  skid_valid$q;
    reg  skid_valid$clock;
    
    // Sub module instances
    wide_skid_buffer$main_data main_data(
        .d(main_data$d),
        .q(main_data$q),
        .clock(main_data$clock)
    );
    wide_skid_buffer$main_valid main_valid(
        .d(main_valid$d),
        .q(main_valid$q),
        .clock(main_valid$clock)
    );
    wide_skid_buffer$skid_data skid_data(
        .d(skid_data$d),
        .q(skid_data$q),
        .clock(skid_data$clock)
    );
    wide_skid_buffer$skid_valid skid_valid(
        .d(skid_valid$d),
        .q(skid_valid$q),
        .clock(skid_valid$clock)
    );
    
    // Update code
    always @(*) begin
        main_data$clock = clock;
        main_valid$clock = clock;
        skid_data$clock = clock;
        skid_valid$clock = clock;
        main_data$d = main_data$q;
        main_valid$d = main_valid$q;
        skid_data$d = skid_data$q;
        skid_valid$d = skid_valid$q;
        in_ready = ~skid_valid$q;
        out_data = main_data$q;
        out_valid = main_valid$q;
        if (out_ready | ~main_valid$q) begin
            if (skid_valid$q) begin
                main_data$d = skid_data$q;
                main_valid$d = 1'b1;
                skid_valid$d = 1'b0;
            end
            else begin
                main_data$d = in_data;
                main_valid$d = in_valid;
            end
        end
        else if (~skid_valid$q) begin
            skid_data$d = in_data;
            skid_valid$d = in_valid;
        end
        if (reset) begin
            main_valid$d = 1'b0;
            skid_valid$d = 1'b0;
        end
    end
    
endmodule // wide_skid_buffer


module wide_skid_buffer$main_data(d,q,clock);
    
    // Module arguments
    input wire  [199:0] d;
    output reg  [199:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 200'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // wide_skid_buffer$main_data


module wide_skid_buffer$main_valid(d,q,clock);
    
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
          
endmodule // wide_skid_buffer$main_valid


module wide_skid_buffer$skid_data(d,q,clock);
    
    // Module arguments
    input wire  [199:0] d;
    output reg  [199:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 200'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // wide_skid_buffer$skid_data


module wide_skid_buffer$skid_valid(d,q,clock);
    
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
          
endmodule // wide_skid_buffer$skid_valid
