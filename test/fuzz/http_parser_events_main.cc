// eddy: reads test cases (one per line, the format of
// test/fuzz/oracle/node_http_oracle.js) from stdin and prints eddy's event
// line for each. test/fuzz/diff_with_node.py compares the two.
#include <iostream>
#include <string>

#include "http_parser_events.h"

int main() {
  std::string line;
  eddy::http::testing::Case c;
  while (std::getline(std::cin, line)) {
    if (line.empty()) continue;
    if (!eddy::http::testing::ParseCaseLine(line, &c)) {
      std::cout << "BADCASE\n";
      continue;
    }
    std::cout << eddy::http::testing::RunCase(c) << '\n';
  }
  return 0;
}
