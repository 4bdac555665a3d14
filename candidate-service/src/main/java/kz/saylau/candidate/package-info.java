package kz.saylau.candidate;
