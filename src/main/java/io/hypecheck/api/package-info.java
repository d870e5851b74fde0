/**
 * The public rule-type interface: what a plugin implements to add a condition type to rubrics;
 * it depends on nothing else in hypecheck.
 */
package io.hypecheck.api;
