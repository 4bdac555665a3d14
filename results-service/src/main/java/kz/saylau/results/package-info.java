package kz.saylau.results;
