#
# Copyright (c) "Neo4j"
# Neo4j Sweden AB [https://neo4j.com]
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.
#
# Attribution Notice under the terms of the Apache License 2.0
#
# This work was created by the collective efforts of the openCypher community.
# Without limiting the terms of Section 6, any Derivative Work that is not
# approved by the public consensus process of the openCypher Implementers Group
# should not be described as “Cypher” (and Cypher® is a registered trademark of
# Neo4j Inc.) or as "openCypher". Extensions by implementers or prototypes or
# proposals for change that have been documented or implemented should only be
# described as "implementation extensions to Cypher" or as "proposed changes to
# Cypher that are not yet approved by the openCypher community".
#

#encoding: utf-8

Feature: Boolean2 - OR logical operations

  Scenario: [1] Disjunction of two truth values
    Given any graph
    When executing query:
      """
      RETURN true OR true AS tt,
             true OR false AS tf,
             true OR null AS tn,
             false OR true AS ft,
             false OR false AS ff,
             false OR null AS fn,
             null OR true AS nt,
             null OR false AS nf,
             null OR null AS nn
      """
    Then the result should be, in any order:
      | tt   | tf   | tn   | ft   | ff    | fn   | nt   | nf   | nn   |
      | true | true | true | true | false | null | true | null | null |
    And no side effects

  Scenario: [2] Disjunction of three truth values
    Given any graph
    When executing query:
      """
      RETURN true OR true OR true AS ttt,
             true OR true OR false AS ttf,
             true OR true OR null AS ttn,
             true OR false OR true AS tft,
             true OR false OR false AS tff,
             true OR false OR null AS tfn,
             true OR null OR true AS tnt,
             true OR null OR false AS tnf,
             true OR null OR null AS tnn,
             false OR true OR true AS ftt,
             false OR true OR false AS ftf,
             false OR true OR null AS ftn,
             false OR false OR true AS fft,
             false OR false OR false AS fff,
             false OR false OR null AS ffn,
             false OR null OR true AS fnt,
             false OR null OR false AS fnf,
             false OR null OR null AS fnn,
             null OR true OR true AS ntt,
             null OR true OR false AS ntf,
             null OR true OR null AS ntn,
             null OR false OR true AS nft,
             null OR false OR false AS nff,
             null OR false OR null AS nfn,
             null OR null OR true AS nnt,
             null OR null OR false AS nnf,
             null OR null OR null AS nnn
      """
    Then the result should be, in any order:
      | ttt  | ttf  | ttn  | tft  | tff  | tfn  | tnt  | tnf  | tnn  | ftt  | ftf  | ftn  | fft  | fff   | ffn  | fnt  | fnf  | fnn  | ntt  | ntf  | ntn  | nft  | nff  | nfn  | nnt  | nnf  | nnn  |
      | true | true | true | true | true | true | true | true | true | true | true | true | true | false | null | true | null | null | true | true | true | true | null | null | true | null | null |
    And no side effects

